package org.aimilestones.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.load.LoadException;
import org.apache.jena.dboe.DBOpEnvException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where what goes wrong in a command becomes what the user sees: one line on standard error that says
 * what is wrong and what to do, and exit code 1 or 2. The stack trace follows only with {@value #DEBUG}.
 */
final class ErrorReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** The global option that adds the stack trace to an error. */
    static final String DEBUG = "--debug";

    /** One line and an exit code. */
    record Report(String line, int exitCode) {}

    /** A bad option or argument: picocli's message and where to read about the options, on one line; exit 2. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        StringBuilder line = new StringBuilder(e.getMessage().strip());
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> suggestions = unmatched.getSuggestions();
            line.append("; did you mean ").append(String.join(" or ", suggestions.subList(0,
                    Math.min(3, suggestions.size())))).append('?');
        }
        line.append(" (see '").append(cli.getCommandSpec().qualifiedName()).append(" --help')");
        PrintWriter err = cli.getErr();
        err.println(line);
        err.flush();
        return Main.EXIT_USAGE;
    }

    /** What a command threw: one line, and the stack trace after it with --debug. */
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        Report report = report(e, cli.getCommandSpec().qualifiedName());
        print(report, e, debug(parsed), cli.getErr());
        return report.exitCode();
    }

    /** Prints report, and the stack trace of e when debug is set. */
    static void print(Report report, Throwable e, boolean debug, PrintWriter err) {
        err.println(report.line());
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    /** @return whether --debug was given, before or after the subcommand */
    static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param e       what a command threw
     * @param command the command, e.g. "ai-milestones serve", for the line of an unexpected error
     * @return the one line for e and its exit code
     */
    static Report report(Throwable e, String command) {
        if (e instanceof UserError user) {
            return new Report(user.getMessage(), user.exitCode());
        }
        if (e instanceof LoadException load) {
            return new Report(load.getMessage(), Main.EXIT_FAILURE);
        }
        if (e instanceof OutOfMemoryError) {
            return new Report(command + ": out of memory; give Java more, e.g. AI_MILESTONES_JAVA_OPTS=-Xmx4g",
                    Main.EXIT_FAILURE);
        }
        Optional<String> lockedStore = lockedStore(e);
        if (lockedStore.isPresent()) {
            return new Report(lockedStore.get(), Main.EXIT_FAILURE);
        }
        IOException io = ioCause(e);
        if (io != null) {
            return new Report(command + ": " + describe(io), Main.EXIT_FAILURE);
        }
        return new Report(command + ": unexpected error (" + e + "); run it again with " + DEBUG
                + " for the stack trace, and report it", Main.EXIT_FAILURE);
    }

    private static final Pattern LOCK = Pattern.compile("file='(.*)[/\\\\]tdb\\.lock': held by process (\\d+)");

    /** @return what to do if e says a TDB2 store is locked by another process (a server, a load) */
    private static Optional<String> lockedStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DBOpEnvException && String.valueOf(t.getMessage()).contains("lock")) {
                Matcher held = LOCK.matcher(t.getMessage());
                return Optional.of(held.find()
                        ? "--tdb2 " + held.group(1) + " is in use by another process (" + held.group(2) + "): stop"
                                + " it, or give another directory"
                        : "the TDB2 store is in use by another process (" + t.getMessage() + "): stop it, or give"
                                + " another directory");
            }
        }
        return Optional.empty();
    }

    /** The I/O error behind e (a library may wrap it in its own unchecked exception), if there is one. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException unchecked) {
                return unchecked.getCause();
            }
        }
        return null;
    }

    /** @return what an I/O error means for the user: which file, and what went wrong */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return "cannot use " + fs.getFile() + (fs.getOtherFile() == null ? "" : " or " + fs.getOtherFile())
                    + " (" + reason(e) + ")";
        }
        return reason(e);
    }

    /** @return why a file operation failed, in a few words, without the file's name */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "cannot use it" : fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
