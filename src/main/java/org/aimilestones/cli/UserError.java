package org.aimilestones.cli;

/**
 * A mistake of the user's that a command has recognized (a missing directory, a port in use, ...): its message is the
 * one line printed, saying what is wrong and what to do; no stack trace. Exit code 2 for a bad value given on the
 * command line, 1 for what went wrong when acting on good values.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A bad value on the command line (exit 2), e.g. --output into a folder that does not exist. */
    public static UserError usage(String message) {
        return new UserError(Main.EXIT_USAGE, message, null);
    }

    /** A bad value on the command line (exit 2), found through cause (shown with --debug). */
    public static UserError usage(String message, Throwable cause) {
        return new UserError(Main.EXIT_USAGE, message, cause);
    }

    /** Good values that could not be acted on (exit 1), e.g. a port another program listens on. */
    public static UserError failure(String message, Throwable cause) {
        return new UserError(Main.EXIT_FAILURE, message, cause);
    }

    /** @return 1 or 2 */
    public int exitCode() {
        return exitCode;
    }
}
