package org.aimilestones.generate;

import java.util.Comparator;
import java.util.List;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The real topics, techniques, competitions and performance levels that synthetic resources point to, sorted by IRI. */
record RealConcepts(List<Node> topics, List<Node> techniques, List<Node> competitions, List<Node> performanceLevels) {

    /** Collects the instances of each class asserted in the real graph. */
    static RealConcepts of(Graph real) {
        return new RealConcepts(instances(real, AIMIL.Topic), instances(real, AIMIL.Technique),
                instances(real, AIMIL.Competition), instances(real, AIMIL.PerformanceLevel));
    }

    private static List<Node> instances(Graph graph, Resource type) {
        return graph.find(Node.ANY, RDF.type.asNode(), type.asNode()).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).toList().stream().distinct()
                .sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
