package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.aimilestones.server.PerVersion;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * GET /api/terms: the classes and properties the served ontology declares (owl:Class, owl:ObjectProperty,
 * owl:DatatypeProperty, owl:AnnotationProperty; the ai-milestones terms and the outside ones it declares, such as
 * schema:Person or skos:prefLabel), for the SPARQL editor's completion, as JSON
 * {@code [{iri, name, kind: "class"|"property", label: {en, zh}, comment: {en, zh}}]} sorted by name ("aimil:Event",
 * with the project's prefixes, {@link Prefixes}). Read from the served graph (which holds the ontology) once per data
 * version.
 */
final class TermsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final List<Node> CLASSES = List.of(OWL2.Class.asNode());
    private static final List<Node> PROPERTIES = List.of(OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());

    private final transient PerVersion<byte[]> body;

    TermsServlet(Supplier<DatasetGraph> data) {
        this.body = PerVersion.over("the ontology's terms", data, v -> {
            DatasetGraph dsg = data.get();
            return Txn.calculateRead(dsg, () -> terms(dsg.getDefaultGraph()));
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonAnswers.send(response, body.get());
    }

    /** @return the JSON of the terms declared in graph */
    static byte[] terms(Graph graph) {
        Map<String, JsonObject> byName = new TreeMap<>(Comparator.comparing((String n) -> n.toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        collect(graph, PROPERTIES, "property", byName);
        collect(graph, CLASSES, "class", byName);
        JsonArray all = new JsonArray();
        byName.values().forEach(all::add);
        return JSON.toString(all).getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(Graph graph, List<Node> types, String kind, Map<String, JsonObject> byName) {
        for (Node type : types) {
            graph.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                Node term = t.getSubject();
                String name = term.isURI() ? prefixed(term.getURI()) : null;
                if (name == null) {
                    return;
                }
                JsonObject o = new JsonObject();
                o.put("iri", term.getURI());
                o.put("name", name);
                o.put("kind", kind);
                o.put("label", texts(graph, term, RDFS.label.asNode()));
                o.put("comment", texts(graph, term, RDFS.comment.asNode()));
                byName.put(name, o);
            });
        }
    }

    /** @return iri as prefix:local with the project's prefixes, or null if none fits (or the local part is empty) */
    static String prefixed(String iri) {
        for (Map.Entry<String, String> e : Prefixes.asMap().entrySet()) {
            String local = iri.startsWith(e.getValue()) ? iri.substring(e.getValue().length()) : "";
            if (!local.isEmpty() && local.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return e.getKey() + ":" + local;
            }
        }
        return null;
    }

    /** @return {en, zh} of the literals of term's property in English and Chinese (any other language left out) */
    private static JsonObject texts(Graph graph, Node term, Node property) {
        JsonObject o = new JsonObject();
        graph.find(term, property, Node.ANY).forEach(t -> {
            Node v = t.getObject();
            if (v.isLiteral()) {
                String lang = v.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
                String key = lang.startsWith("zh") ? "zh" : lang.isEmpty() || lang.startsWith("en") ? "en" : null;
                if (key != null && (!o.hasKey(key) || lang.equals(key))) {
                    o.put(key, v.getLiteralLexicalForm());
                }
            }
        });
        return o;
    }
}
