package org.aimilestones.push;

/** A push that did not replace the graph: refused credentials, no connection, or an error status from the store. */
public final class PushException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the push failed. */
    public enum Reason {
        AUTHENTICATION_FAILED,
        CONNECTION_FAILED,
        STORE_ERROR
    }

    private final Reason reason;

    PushException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
