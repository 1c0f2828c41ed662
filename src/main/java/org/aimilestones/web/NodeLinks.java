package org.aimilestones.web;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** Writes graph nodes as page content: IRIs as links (to local pages where this server has one) showing labels. */
final class NodeLinks {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Texts texts;
    private final IriMapping iris;

    NodeLinks(Graph graph, IriMapping iris) {
        this.texts = new Texts(graph);
        this.iris = iris;
    }

    Texts texts() {
        return texts;
    }

    /** @return the link to path (no leading "/") on this server, e.g. "graph?iri=…" */
    String local(String path) {
        return iris.localBase() + path;
    }

    /** @return where a link to the IRI node goes: its local page if it has one, else the IRI if {@link SafeUrl safe} */
    Optional<String> href(Node node) {
        return SafeUrl.href(iris.toLocal(node.getURI()).orElse(node.getURI()));
    }

    /**
     * Writes a literal as text, an IRI as a link labelled with its labels (an unlabelled Wikidata item, DOI or arXiv
     * paper named in words: "Wikidata Q…"), a blank node as a marker.
     */
    void write(Html html, Node node) {
        Optional<String> named = node.isURI() && texts.literals(node, org.apache.jena.vocabulary.RDFS.label.asNode())
                .isEmpty() ? externalName(node.getURI()) : Optional.empty();
        if (named.isPresent()) {
            html.open("a", "href", href(node).orElse(null)).text(named.get()).close("a");
        } else if (node.isLiteral()) {
            texts.write(html, List.of(node));
        } else if (node.isURI()) {
            html.open("a", "href", href(node).orElse(null));
            texts.writeLabel(html, node);
            html.close("a");
        } else {
            html.text(Texts.shortName(node));
        }
    }

    /** @return a name for well-known kinds of external identifiers, if iri is one */
    static Optional<String> externalName(String iri) {
        if (iri.startsWith(WIKIDATA)) {
            return Optional.of("Wikidata " + iri.substring(WIKIDATA.length()));
        }
        for (String doi : List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/")) {
            if (iri.startsWith(doi)) {
                return Optional.of("DOI " + iri.substring(doi.length()));
            }
        }
        for (String arxiv : List.of("https://arxiv.org/abs/", "http://arxiv.org/abs/")) {
            if (iri.startsWith(arxiv)) {
                return Optional.of("arXiv " + iri.substring(arxiv.length()));
            }
        }
        return Optional.empty();
    }

}
