package org.aimilestones.server;

import java.util.Optional;
import org.aimilestones.linkeddata.IriMapping;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;

/**
 * The release the served data is, read from the data itself (the one place it is written): the dataset's
 * dcat:version ({@code <https://w3id.org/ai-milestones/dataset>}), else the ontology's owl:versionInfo.
 */
final class Release {

    static final Node DCAT_VERSION = NodeFactory.createURI("http://www.w3.org/ns/dcat#version");

    private Release() {}

    /** @return the release version of the data, e.g. "0.2.0", or empty if the data states none */
    static Optional<String> version(DatasetGraph served) {
        return Txn.calculateRead(served, () -> version(served.getDefaultGraph()));
    }

    static Optional<String> version(Graph graph) {
        return literal(graph, NodeFactory.createURI(IriMapping.DATASET), DCAT_VERSION)
                .or(() -> literal(graph, AIMIL.ONTOLOGY.asNode(), OWL2.versionInfo.asNode()));
    }

    private static Optional<String> literal(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral)
                .nextOptional().map(Node::getLiteralLexicalForm)
                .filter(v -> v.matches("[0-9A-Za-z][0-9A-Za-z.+-]*") && !v.contains(".."));
    }
}
