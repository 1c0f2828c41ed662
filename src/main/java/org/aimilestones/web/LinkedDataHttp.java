package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What every linked-data answer shares: CORS for anyone without credentials, the document base, the 303 See Other
 * from a thing to the document chosen for the request, and the triples with which a document describes itself.
 */
public final class LinkedDataHttp {

    /** The response headers a script of another origin may read (the server's CORS exposes the same). */
    public static final String EXPOSED = "Content-Language, Content-Length, Content-Location, Content-Type, ETag,"
            + " Last-Modified, Link, Location, Retry-After, Vary, X-SPARQL-MaxRows";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VOID = "http://rdfs.org/ns/void#";

    private LinkedDataHttp() {}

    /**
     * Lets any origin read the answer, without credentials: sets {@code Access-Control-Allow-Origin: *}, removes
     * the {@code Access-Control-Allow-Credentials} a CORS filter may have set before, and exposes the headers a
     * linked-data client reads (Location, Content-Location, ETag …).
     */
    public static void allowAnyOrigin(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Credentials", null);
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }

    /**
     * @param configured the --base-url, if given (absolute, ending in "/")
     * @return the absolute URL under which this server's documents are: the configured base, else the request's own
     *         scheme, host and port (and context path), ending in "/"
     */
    public static String documentBase(HttpServletRequest request, Optional<String> configured) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }

    /** @return the document base of a request to a server linking with iris */
    static String documentBase(HttpServletRequest request, IriMapping iris) {
        return documentBase(request, iris.hasAbsoluteBase() ? Optional.of(iris.localBase()) : Optional.empty());
    }

    /**
     * Answers a request for a thing (not a document) with 303 See Other, in one hop, to the document in the variant
     * the request prefers ({@code ?format} over Accept), with {@code Vary: Accept} and CORS; 406 if none of offered is
     * acceptable. The caller has checked that the thing exists.
     *
     * @param base     the absolute document base
     * @param offered  the variants the thing has documents in, in server preference order
     * @param document the path of the document in a variant, relative to base
     */
    public static void seeOther(HttpServletRequest request, HttpServletResponse response, String base,
            List<Variant> offered, Function<Variant, String> document) throws IOException {
        response.setHeader("Vary", "Accept");
        allowAnyOrigin(response);
        Optional<Variant> chosen = ContentNegotiation.choose(request.getHeader("Accept"),
                request.getParameter("format"), offered);
        if (chosen.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                    + offered.stream().map(v -> v.mediaType() + " (?format=" + v.format() + ")")
                            .collect(Collectors.joining(", ")) + ".\n");
            return;
        }
        String location = base + document.apply(chosen.get());
        response.setHeader("Location", location);
        plain(response, HttpServletResponse.SC_SEE_OTHER, "See Other: " + location + "\n");
    }

    /**
     * Adds what a document says about itself: {@code <doc> foaf:primaryTopic <thing>; void:inDataset <dataset>}, and
     * the terms under which it may be used: the dct:license and dct:rights that terms states of termsOf (the dataset
     * for resources, as written in data/dataset.ttl; the ontology or the shapes for themselves). No licence or credit
     * text is written here.
     *
     * @return a new graph: a copy of content (with its prefixes) and these triples
     */
    public static Graph describeDocument(Graph content, String document, String thing, Graph terms, String termsOf) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(content.getPrefixMapping());
        content.find().forEachRemaining(graph::add);
        Node doc = NodeFactory.createURI(document);
        graph.getPrefixMapping().setNsPrefix("foaf", FOAF).setNsPrefix("void", VOID)
                .setNsPrefix("dct", DCTerms.NS);
        graph.add(doc, NodeFactory.createURI(FOAF + "primaryTopic"), NodeFactory.createURI(thing));
        graph.add(doc, NodeFactory.createURI(VOID + "inDataset"), NodeFactory.createURI(IriMapping.DATASET));
        Node source = NodeFactory.createURI(termsOf);
        for (Node p : List.of(DCTerms.license.asNode(), DCTerms.rights.asNode())) {
            terms.find(source, p, Node.ANY).forEachRemaining(t -> graph.add(doc, p, t.getObject()));
        }
        return graph;
    }

    static void plain(HttpServletResponse response, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
