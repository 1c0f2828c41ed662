package org.aimilestones.server;

/** A request this server will not carry out (a file or network access on a client's behalf); answered with 400. */
public final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
