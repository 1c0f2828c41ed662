package org.aimilestones.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;

/** GET /ontology: the ai-milestones ontology as its documentation page or as RDF (the graph of ontology/ai-milestones.ttl). */
final class OntologyServlet extends NegotiatingServlet {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Graph> ontology;
    private final transient IriMapping iris;

    /** @param ontology gives the ontology graph, not changed while served */
    OntologyServlet(Supplier<Graph> ontology, IriMapping iris) {
        super(iris);
        this.ontology = ontology;
        this.iris = iris;
    }

    @Override
    protected Optional<byte[]> represent(HttpServletRequest request, Variant variant, String lang) {
        Graph graph = ontology.get();
        return Optional.of(variant.isHtml() ? utf8(new OntologyPage(graph, iris).render(lang)) : rdf(graph, variant));
    }
}
