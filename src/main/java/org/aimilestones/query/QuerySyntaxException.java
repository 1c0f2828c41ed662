package org.aimilestones.query;

/** A SPARQL query that does not parse; the message is "FILE:line:column: parser message". */
public class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public QuerySyntaxException(String file, int line, int column, String detail, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** @return display name of the query file */
    public String file() {
        return file;
    }

    /** @return 1-based line of the syntax error */
    public int line() {
        return line;
    }

    /** @return 1-based column of the syntax error */
    public int column() {
        return column;
    }
}
