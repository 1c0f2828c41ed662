package org.aimilestones.linkeddata;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki module serving the graph as linked data: /resource/{name} (a resource's page or RDF description),
 * /ontology (the ontology's documentation or RDF) and /static/ (the pages' stylesheet and script).
 */
public final class LinkedDataModule implements FusekiModule {

    private final Supplier<DatasetGraph> dataset;
    private final Supplier<Graph> ontology;
    private final IriMapping iris;

    /**
     * @param dataset  the served data; its default graph (asserted + RDFS entailments) is read in a read transaction
     *                 on every request, so updates show at once
     * @param ontology the graph of ontology/ai-milestones.ttl, served at /ontology, asked for at each request there (it may
     *                 be read at the first); not changed while served
     * @param iris     the public base (https://w3id.org/ai-milestones/) and the local base links point to
     */
    public LinkedDataModule(Supplier<DatasetGraph> dataset, Supplier<Graph> ontology, IriMapping iris) {
        this.dataset = dataset;
        this.ontology = ontology;
        this.iris = iris;
    }

    @Override
    public String name() {
        return "ai-milestones-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/resource/*", new ResourceServlet(dataset, iris));
        builder.addServlet("/ontology", new OntologyServlet(ontology, iris));
        builder.addServlet("/static/*", new StaticAssetServlet());
    }
}
