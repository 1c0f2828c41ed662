package org.aimilestones.server;

import org.aimilestones.load.IndexHome;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Wraps the dataset the server serves (asserted triples plus entailments) before the endpoints see it, e.g. with a
 * text index kept in step with updates; the timeout guard goes around the result.
 */
@FunctionalInterface
public interface ServedLayer {

    /** Serves the dataset as it is. */
    ServedLayer NONE = (dataset, index) -> dataset;

    /**
     * @param dataset what the server serves
     * @param index   where its search index comes from: made in memory, copied from one made beforehand from exactly
     *                dataset's triples (the bundled snapshot's), or kept beside the store
     * @return the dataset to serve instead
     */
    DatasetGraph apply(DatasetGraph dataset, IndexHome index);
}
