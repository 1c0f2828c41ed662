package org.aimilestones.scaffold;

/** A source text that breaks its format: the message is "file:line:column: what is wrong". */
public final class ScaffoldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }
}
