package org.aimilestones.load;

import java.io.IOException;

/** A graph file that could not be read or parsed, with where the problem is: file, line and column. */
public class LoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;

    /**
     * @param file   display name of the file, as {@link GraphSource#describe} gives it
     * @param line   1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     * @param detail the parser's (or I/O layer's) message
     */
    public LoadException(String file, long line, long column, String detail, Throwable cause) {
        super(location(file, line, column) + ": " + detail, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /**
     * The one mapping of what reading a graph file can throw: a parse error with its line and column, another parser
     * error, or an I/O error.
     *
     * @param file display name of the file, as {@link GraphSource#describe} gives it
     */
    static LoadException of(String file, Exception e) {
        if (e instanceof ThrowingErrorHandler.ParseError parse) {
            return new LoadException(file, parse.line, parse.column, parse.getMessage(), parse);
        }
        return new LoadException(file, -1, -1, e instanceof IOException ? "cannot read: " + e : e.getMessage(), e);
    }

    private static String location(String file, long line, long column) {
        if (line < 0) {
            return file;
        }
        return column < 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** @return display name of the file that failed */
    public String file() {
        return file;
    }

    /** @return 1-based line of the error, or -1 when unknown */
    public long line() {
        return line;
    }

    /** @return 1-based column of the error, or -1 when unknown */
    public long column() {
        return column;
    }
}
