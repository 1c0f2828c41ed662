package org.aimilestones.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.riot.RiotParseException;

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
     * The one mapping of what reading a graph file can throw: a parse error with its line and column (moved to the
     * line at fault when the parser noticed it on the next, see {@link ParsePosition}), another parser error, or an
     * I/O error.
     *
     * @param shown display name of the file, as {@link GraphSource#describe} gives it
     * @param file  the file, read again to place a parse error
     */
    public static LoadException of(String shown, Path file, Exception e) {
        if (e instanceof ThrowingErrorHandler.ParseError parse) {
            return parseError(shown, file, parse.line, parse.column, parse.getMessage(), parse);
        }
        if (e instanceof RiotParseException parse) {
            return parseError(shown, file, parse.getLine(), parse.getCol(), parse.getOriginalMessage(), parse);
        }
        if (e instanceof NoSuchFileException) {
            return new LoadException(shown, -1, -1, "no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new LoadException(shown, -1, -1, "cannot read it (permission denied)", e);
        }
        return new LoadException(shown, -1, -1, e instanceof IOException ? "cannot read: " + e : e.getMessage(), e);
    }

    private static LoadException parseError(String shown, Path file, long line, long column, String message,
            Exception e) {
        ParsePosition at = ParsePosition.of(file, line, column, message);
        return new LoadException(shown, at.line(), at.column(), message, e);
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
