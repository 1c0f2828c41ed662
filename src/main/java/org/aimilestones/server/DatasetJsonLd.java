package org.aimilestones.server;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The schema.org JSON-LD the HTML pages embed (what dataset search engines read): for the landing page a
 * {@code Dataset} made from the same static description as the VoID (data/dataset.ttl, read from the graph), for the
 * other pages a {@code WebPage} that is part of it. The text is safe inside {@code <script>}: every {@code <},
 * {@code >} and {@code &} is written as a JSON escape.
 */
public final class DatasetJsonLd {

    /** The dataset's IRI, the same on every page and in the VoID. */
    public static final String DATASET = DatasetDescription.IRI;

    private static final String SCHEMA = DatasetDescription.SCHEMA;
    private static final String DCAT = DatasetDescription.DCAT;

    private DatasetJsonLd() {}

    /**
     * @param graph the served (or asserted) graph, which holds data/dataset.ttl
     * @param base  the document base (absolute, ending in "/")
     * @return the landing page's schema.org Dataset, as JSON-LD text
     */
    public static String dataset(Graph graph, String base) {
        Graph statics = DatasetDescription.staticPart(graph);
        Node ds = NodeFactory.createURI(DATASET);
        JsonObject json = context();
        json.put("@type", "Dataset");
        json.put("@id", DATASET);
        json.put("name", texts(statics, ds, DCTerms.title.asNode()));
        json.put("alternateName", texts(statics, ds, RDFS.label.asNode()));
        json.put("description", texts(statics, ds, DCTerms.description.asNode()));
        json.put("url", base);
        first(statics, ds, DCTerms.license.asNode()).ifPresent(l -> json.put("license", l.getURI()));
        json.put("creditText", texts(statics, ds, DCTerms.rights.asNode()));
        first(statics, ds, uri(DCAT + "version")).ifPresent(v -> json.put("version", v.getLiteralLexicalForm()));
        first(statics, ds, DCTerms.issued.asNode()).ifPresent(d -> json.put("datePublished", d.getLiteralLexicalForm()));
        first(statics, ds, DCTerms.modified.asNode()).ifPresent(d -> json.put("dateModified", d.getLiteralLexicalForm()));
        json.put("keywords", texts(statics, ds, uri(DCAT + "keyword")));
        JsonArray languages = new JsonArray();
        languages.add("en");
        languages.add("zh");
        json.put("inLanguage", languages);
        first(statics, ds, DCTerms.creator.asNode()).ifPresent(c -> json.put("creator", organization(statics, c)));
        first(statics, ds, DCTerms.publisher.asNode()).ifPresent(p -> json.put("publisher", organization(statics, p)));
        JsonArray sources = new JsonArray();
        statics.find(ds, DCTerms.source.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).sorted(java.util.Comparator.comparing(Node::getURI))
                .forEach(s -> sources.add(source(statics, s)));
        json.put("isBasedOn", sources);
        statics.find(ds, DCTerms.temporal.asNode(), Node.ANY).toList().stream().map(Triple::getObject).findFirst()
                .ifPresent(period -> first(statics, period, uri(DCAT + "startDate"))
                        .ifPresent(start -> first(statics, period, uri(DCAT + "endDate")).ifPresent(end -> json.put(
                                "temporalCoverage", start.getLiteralLexicalForm() + "/" + end.getLiteralLexicalForm()))));
        JsonArray distributions = new JsonArray();
        for (DumpFiles.File file : DumpFiles.files()) {
            JsonObject d = new JsonObject();
            d.put("@type", "DataDownload");
            d.put("@id", DatasetDescription.distribution(file));
            Node node = uri(DatasetDescription.distribution(file));
            JsonValue name = texts(statics, node, DCTerms.title.asNode());
            if (!name.getAsArray().isEmpty()) {
                d.put("name", name);
            }
            d.put("contentUrl", base + "dumps/" + file.path());
            d.put("encodingFormat", file.dump().mediaType());
            distributions.add(d);
        }
        json.put("distribution", distributions);
        return safe(json);
    }

    /**
     * @param graph the served (or asserted) graph, which holds data/dataset.ttl
     * @return what {@link #dataset} reads of graph, copied: the static description and the sources (a small
     *         graph, so that the landing page's JSON-LD is made without reading the data again)
     */
    public static Graph landingPart(Graph graph) {
        return DatasetDescription.staticPart(graph);
    }

    /**
     * @param base   the document base (absolute, ending in "/")
     * @param page   the page's path under the base, e.g. "search"
     * @param nameEn the page's name in English
     * @param nameZh the page's name in Chinese
     * @return a schema.org WebPage that is part of the dataset, as JSON-LD text
     */
    public static String webPage(String base, String page, String nameEn, String nameZh) {
        JsonObject json = context();
        json.put("@type", "WebPage");
        json.put("@id", base + page);
        json.put("url", base + page);
        JsonArray name = new JsonArray();
        name.add(langString(nameEn, "en"));
        name.add(langString(nameZh, "zh"));
        json.put("name", name);
        JsonObject dataset = new JsonObject();
        dataset.put("@type", "Dataset");
        dataset.put("@id", DATASET);
        json.put("isPartOf", dataset);
        return safe(json);
    }

    private static JsonObject context() {
        JsonObject context = new JsonObject();
        context.put("@vocab", SCHEMA);
        for (String term : List.of("url", "license", "contentUrl")) {
            JsonObject iri = new JsonObject();
            iri.put("@type", "@id");
            context.put(term, iri);
        }
        JsonObject json = new JsonObject();
        json.put("@context", context);
        return json;
    }

    private static JsonObject organization(Graph statics, Node org) {
        JsonObject o = new JsonObject();
        o.put("@type", "Organization");
        o.put("@id", org.getURI());
        o.put("name", texts(statics, org, RDFS.label.asNode()));
        return o;
    }

    private static JsonObject source(Graph graph, Node source) {
        JsonObject s = new JsonObject();
        s.put("@type", graph.contains(source, RDF.Nodes.type, AIMIL.SlideDeck.asNode()) ? "PresentationDigitalDocument"
                : "CreativeWork");
        s.put("@id", source.getURI());
        s.put("name", texts(graph, source, RDFS.label.asNode()));
        s.put("creditText", texts(graph, source, DCTerms.rights.asNode()));
        first(graph, source, RDFS.seeAlso.asNode()).filter(Node::isURI).ifPresent(u -> s.put("url", u.getURI()));
        return s;
    }

    private static JsonValue texts(Graph g, Node s, Node p) {
        JsonArray array = new JsonArray();
        g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .sorted(java.util.Comparator.comparing(Node::getLiteralLanguage)
                        .thenComparing(Node::getLiteralLexicalForm))
                .forEach(o -> array.add(text(o)));
        return array;
    }

    private static JsonValue text(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (lang == null || lang.isEmpty()) {
            return new JsonString(literal.getLiteralLexicalForm());
        }
        return langString(literal.getLiteralLexicalForm(), lang);
    }

    private static JsonObject langString(String value, String lang) {
        JsonObject o = new JsonObject();
        o.put("@value", value);
        o.put("@language", lang);
        return o;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        List<Triple> found = g.find(s, p, Node.ANY).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).getObject());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** JSON text that cannot end a script element or open a comment in HTML. */
    private static String safe(JsonObject json) {
        return JSON.toString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
