package org.aikg.server;

import java.util.function.UnaryOperator;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Wraps the dataset the server serves (asserted triples plus entailments) before the endpoints see it, e.g. with a
 * text index kept in step with updates; the timeout guard goes around the result.
 */
@FunctionalInterface
public interface ServedLayer extends UnaryOperator<DatasetGraph> {

    /** Serves the dataset as it is. */
    ServedLayer NONE = dataset -> dataset;
}
