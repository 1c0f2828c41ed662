package org.aimilestones.load;

import org.apache.jena.riot.system.ErrorHandler;

/** A strict parser error handler: any warning, error or fatal error stops the parse with its line and column. */
final class ThrowingErrorHandler implements ErrorHandler {

    /** The first problem the parser reported, with its position. */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        ParseError(String message, long line, long column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    @Override
    public void warning(String message, long line, long col) {
        throw new ParseError(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new ParseError(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new ParseError(message, line, col);
    }
}
