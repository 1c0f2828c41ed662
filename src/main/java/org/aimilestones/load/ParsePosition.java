package org.aimilestones.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a parse error is in the user's terms. Jena reports the position where it noticed the error, which for two
 * kinds of error is on the line after the one at fault: a missing '.' is noticed at the next token ("Triple(s) not
 * terminated by DOT", "Quad not terminated ...", "not terminated properly"), and a string or IRI broken by a line end
 * is reported after that line end. Both are moved back to the end of the statement or line at fault.
 */
record ParsePosition(long line, long column) {

    /**
     * @param file    the file that was parsed
     * @param line    the parser's 1-based line
     * @param column  the parser's 1-based column
     * @param message the parser's message
     * @return the position of the error: the parser's, or the end of the line at fault for the two kinds above
     */
    static ParsePosition of(Path file, long line, long column, String message) {
        ParsePosition reported = new ParsePosition(line, column);
        if (file == null || line < 1 || message == null) {
            return reported;
        }
        boolean brokenByLineEnd = message.contains("newline");
        boolean unterminated = message.contains("not terminated");
        if (!brokenByLineEnd && !unterminated) {
            return reported;
        }
        try {
            return brokenByLineEnd ? endOfLineBefore(file, line, column, reported)
                    : endOfStatementBefore(file, line, column, reported);
        } catch (IOException | RuntimeException cannotReread) {
            return reported;
        }
    }

    /** A line end inside a token is reported at the start of the next line: the error is the end of the line before. */
    private static ParsePosition endOfLineBefore(Path file, long line, long column, ParsePosition reported)
            throws IOException {
        if (column != 1 || line < 2) {
            return reported;
        }
        try (BufferedReader lines = reader(file)) {
            String text = null;
            for (long n = 1; n < line; n++) {
                text = lines.readLine();
                if (text == null) {
                    return reported;
                }
            }
            return new ParsePosition(line - 1, text.length() + 1L);
        }
    }

    /**
     * A missing '.' is reported at the token after it: the error is just after the last token before that one,
     * skipping blank lines, comment lines and comments at line ends.
     */
    private static ParsePosition endOfStatementBefore(Path file, long line, long column, ParsePosition reported)
            throws IOException {
        long lastLine = -1;
        int lastEnd = -1;
        try (BufferedReader lines = reader(file)) {
            for (long n = 1; n <= line; n++) {
                String text = lines.readLine();
                if (text == null) {
                    break;
                }
                if (n == line) {
                    text = text.substring(0, (int) Math.min(text.length(), Math.max(0, column - 1)));
                }
                int end = contentEnd(text);
                if (end > 0) {
                    lastLine = n;
                    lastEnd = end;
                }
            }
        }
        if (lastLine < 0 || lastLine == line) {
            return reported;
        }
        return new ParsePosition(lastLine, lastEnd + 1L);
    }

    /**
     * @return the length of text without a comment and whitespace at its end, 0 if nothing else; a '#' inside an IRI
     *         or a quoted string does not start a comment
     */
    static int contentEnd(String text) {
        int end = 0;
        char quote = 0;
        boolean iri = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                end = i + 1;
            } else if (iri) {
                iri = c != '>';
                end = i + 1;
            } else if (c == '#') {
                break;
            } else if (!Character.isWhitespace(c)) {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '<') {
                    iri = true;
                }
                end = i + 1;
            }
        }
        return Math.min(end, text.length());
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
