package org.aikg.server;

import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;

/** Makes an extra Fuseki module (resource pages, web UI) for the dataset the server serves at /aikg. */
@FunctionalInterface
public interface ExtraModule {

    /** @param served the dataset behind /aikg: asserted triples plus RDFS entailments, read in transactions */
    FusekiModule create(DatasetGraph served);
}
