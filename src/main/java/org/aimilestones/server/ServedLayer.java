package org.aimilestones.server;

import java.util.Optional;
import org.aimilestones.load.StoredFile;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Wraps the dataset the server serves (asserted triples plus entailments) before the endpoints see it, e.g. with a
 * text index kept in step with updates; the timeout guard goes around the result.
 */
@FunctionalInterface
public interface ServedLayer {

    /** Serves the dataset as it is. */
    ServedLayer NONE = (dataset, prebuiltIndex) -> dataset;

    /**
     * @param dataset       what the server serves
     * @param prebuiltIndex the file of a search index made beforehand from exactly dataset's triples (the bundled
     *                      snapshot's), if there is one
     * @return the dataset to serve instead
     */
    DatasetGraph apply(DatasetGraph dataset, Optional<StoredFile> prebuiltIndex);
}
