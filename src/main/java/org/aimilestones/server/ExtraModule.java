package org.aimilestones.server;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;

/** Makes an extra Fuseki module (resource pages, web UI) for the dataset the server serves at /ai-milestones. */
@FunctionalInterface
public interface ExtraModule {

    /** @param served the dataset behind /ai-milestones: asserted triples plus RDFS entailments, read in transactions */
    FusekiModule create(DatasetGraph served);
}
