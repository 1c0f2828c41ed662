package org.aimilestones.search;

import org.apache.jena.query.QueryExecException;

/** A {@code text:query} that cannot be run, e.g. a search text that is not a valid Lucene query; the message says why. */
public final class TextQueryException extends QueryExecException {

    private static final long serialVersionUID = 1L;

    TextQueryException(String message) {
        super(message);
    }
}
