package org.aimilestones.server;

import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/** SPARQL 1.1 Service Description of the query endpoint, with the served dataset's triple count. */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML",
        "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"};

    private final DatasetGraph served;
    private final boolean federated;

    /**
     * @param served    the dataset the endpoint queries
     * @param federated whether SERVICE may call some endpoints (--service-allow)
     */
    ServiceDescription(DatasetGraph served, boolean federated) {
        this.served = served;
        this.federated = federated;
    }

    /** @return the description of the query endpoint at endpointUrl */
    Graph describe(String endpointUrl) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.asMap());
        m.setNsPrefix("sd", SD).setNsPrefix("void", DatasetDescription.VOID).setNsPrefix("formats", FORMATS);
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/RDFS"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + format));
        }
        if (federated) {
            service.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        long triples = Txn.calculateRead(served, () -> served.getDefaultGraph().size());
        Resource defaultGraph = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(m.createProperty(DatasetDescription.VOID, "triples"), DatasetDescription.count(triples));
        service.addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph));
        return m.getGraph();
    }
}
