package org.aimilestones.web;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A thing in schema.org terms as JSON-LD, for the script element of its page (what search engines and dataset
 * search read): {@code @id} the thing's IRI, its most specific schema.org types, {@code name} and
 * {@code description} in English and Chinese, {@code sameAs} its owl:sameAs links and {@code url} the page. The
 * context is inline ({@code @vocab} http://schema.org/, the namespace the graph uses), so nothing is fetched to read it.
 */
final class SchemaOrgJson {

    static final String SCHEMA = "http://schema.org/";

    private SchemaOrgJson() {}

    /**
     * @param names        the properties whose en/zh literals name the thing, first found wins (e.g. rdfs:label)
     * @param fallbackType the schema.org type (local name) when the graph gives it none
     * @return the JSON-LD text
     */
    static String describe(Graph graph, Node thing, List<Node> names, String fallbackType, String pageUrl) {
        return describe(graph, thing, thing.getURI(), names, fallbackType, pageUrl);
    }

    /**
     * @param described the node whose triples describe the thing (e.g. the ontology, for a page of one version)
     * @param id        the thing's IRI, the JSON-LD's @id (e.g. that version's versionIRI)
     */
    static String describe(Graph graph, Node described, String id, List<Node> names, String fallbackType,
            String pageUrl) {
        Node thing = described;
        JsonObject json = new JsonObject();
        JsonObject context = new JsonObject();
        context.put("@vocab", SCHEMA);
        json.put("@context", context);
        json.put("@id", id);
        JsonArray types = new JsonArray();
        schemaTypes(graph, thing).forEach(t -> types.add(t.getURI().substring(SCHEMA.length())));
        if (types.isEmpty()) {
            types.add(fallbackType);
        }
        json.put("@type", types);
        for (Node property : names) {
            JsonArray name = texts(graph, thing, property);
            if (!name.isEmpty()) {
                json.put("name", name);
                break;
            }
        }
        JsonArray description = texts(graph, thing, RDFS.comment.asNode());
        if (!description.isEmpty()) {
            json.put("description", description);
        }
        JsonArray sameAs = new JsonArray();
        graph.find(thing, OWL.sameAs.asNode(), Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isURI)
                .toList().stream().map(Node::getURI).sorted().forEach(iri -> {
                    JsonObject ref = new JsonObject();
                    ref.put("@id", iri);
                    sameAs.add(ref);
                });
        if (!sameAs.isEmpty()) {
            json.put("sameAs", sameAs);
        }
        JsonObject url = new JsonObject();
        url.put("@id", pageUrl);
        json.put("url", url);
        return json.toString();
    }

    /** @return the schema.org types of thing that no other of its schema.org types is below */
    private static List<Node> schemaTypes(Graph graph, Node thing) {
        List<Node> types = graph.find(thing, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(t -> t.isURI() && t.getURI().startsWith(SCHEMA)).toList();
        return new Hierarchy(graph, RDFS.subClassOf.asNode()).mostSpecific(types).stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    /** @return the English and Chinese literals of (thing, property), as language-tagged JSON-LD values */
    private static JsonArray texts(Graph graph, Node thing, Node property) {
        JsonArray values = new JsonArray();
        for (Node literal : new Texts(graph).literals(thing, property)) {
            String lang = literal.getLiteralLanguage().toLowerCase(Locale.ROOT);
            if (lang.equals("en") || lang.startsWith("en-") || lang.equals("zh") || lang.startsWith("zh-")) {
                JsonObject value = new JsonObject();
                value.put("@value", literal.getLiteralLexicalForm());
                value.put("@language", literal.getLiteralLanguage());
                values.add(value);
            }
        }
        return values;
    }
}
