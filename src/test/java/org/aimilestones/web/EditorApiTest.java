package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimilestones.testing.Http;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.testing.WebServer;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPARQL editor's JSON helpers over HTTP: the ontology's terms, resource completions, the grouped examples. */
class EditorApiTest {

    private static final String JSON_TYPE = "application/json";
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = new WebServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonObject complete(String q) {
        HttpResponse<String> r = server.get("/api/complete?q=" + Http.enc(q), JSON_TYPE);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body());
    }

    private static List<String> names(JsonObject answer) {
        return answer.get("hits").getAsArray().stream().map(h -> h.getAsObject().get("name").getAsString().value())
                .toList();
    }

    private static String text(JsonValue texts, String lang) {
        JsonValue v = texts.getAsObject().get(lang);
        return v == null ? null : v.getAsString().value();
    }

    @Test
    void termsAreTheOntologysClassesAndPropertiesWithBothLabels() {
        HttpResponse<String> r = server.get("/api/terms", JSON_TYPE);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray terms = JSON.parseAny(r.body()).getAsArray();
        JsonObject event = find(terms, "aimil:Event");
        assertEquals("class", event.get("kind").getAsString().value());
        assertEquals(AIMIL.Event.getURI(), event.get("iri").getAsString().value());
        assertEquals("Event", text(event.get("label"), "en"));
        assertEquals("事件", text(event.get("label"), "zh"));
        assertTrue(text(event.get("comment"), "en").length() > 10 && text(event.get("comment"), "zh") != null);
        JsonObject date = find(terms, "aimil:date");
        assertEquals("property", date.get("kind").getAsString().value());
        assertTrue(text(date.get("label"), "zh") != null, date.toString());
        // the outside terms the ontology declares, with the project's prefixes
        assertEquals("class", find(terms, "schema:Person").get("kind").getAsString().value());
        assertEquals("property", find(terms, "skos:prefLabel").get("kind").getAsString().value());
        long classes = terms.stream().filter(t -> t.getAsObject().get("kind").getAsString().value().equals("class"))
                .count();
        assertTrue(classes > 20 && terms.size() - classes > 40, classes + " classes of " + terms.size());
    }

    private static JsonObject find(JsonArray terms, String name) {
        return terms.stream().map(JsonValue::getAsObject).filter(t -> t.get("name").getAsString().value().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void resourcesByTheBeginningOfTheirLabelInEitherLanguage() {
        JsonObject ale = complete("res:ale");
        assertTrue(names(ale).subList(0, 3).contains("res:alexnet"), ale.toString());
        JsonObject first = find(ale.get("hits").getAsArray(), "res:alexnet");
        assertEquals(AIMIL.RESOURCE_NS + "alexnet", first.get("iri").getAsString().value());
        assertEquals("AlexNet", text(first.get("label"), "en"));
        assertTrue(first.get("type").getAsObject().get("iri").getAsString().value().startsWith(AIMIL.NS));
        assertEquals("res:alexnet", names(complete("alexnet")).get(0), "the exact label first");
        assertTrue(names(complete("alexn")).contains("res:alexnet"));
        assertTrue(names(complete("slide 3")).stream().anyMatch(n -> n.startsWith("<" + AIMIL.RESOURCE_NS)),
                "a resource whose local part is no SPARQL local name is named by its IRI");
        // a Chinese fragment: two characters (a phrase of the CJK bigrams) and one (a prefix)
        assertTrue(names(complete("深度")).contains("res:deep-learning"), complete("深度").toString());
        assertTrue(names(complete("深度学")).contains("res:deep-learning"));
        assertTrue(names(complete("吴恩")).contains("res:andrew-ng"), complete("吴恩").toString());
        assertFalse(names(complete("深")).isEmpty());
        assertEquals("深度学习", text(find(complete("深度学").get("hits").getAsArray(), "res:deep-learning").get("label"),
                "zh"));
        assertTrue(names(complete("andrew n")).contains("res:andrew-ng"));
        assertTrue(names(complete("res:andrew-n")).contains("res:andrew-ng"));
        assertEquals(List.of(), names(complete("zzzqqqxx")));
        assertEquals(List.of(), names(complete("!!!")));
        // only resources, not ontology terms
        JsonArray events = complete("event").get("hits").getAsArray();
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(h -> h.getAsObject().get("iri").getAsString().value()
                .startsWith(AIMIL.RESOURCE_NS)), events.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=", "q=%20", "q=ale&limit=0", "q=ale&limit=51", "q=ale&limit=x"})
    void badCompletionRequestsAre400WithBothLanguages(String query) {
        HttpResponse<String> r = server.get("/api/complete?" + query, JSON_TYPE);
        assertEquals(400, r.statusCode(), r.body());
        JsonObject error = JSON.parse(r.body());
        assertFalse(error.get("error").getAsString().value().isBlank());
        assertTrue(error.get("error_zh").getAsString().value().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void tooLongAFragmentIs400() {
        assertEquals(400, server.get("/api/complete?q=" + "a".repeat(101), JSON_TYPE).statusCode());
        assertEquals(200, server.get("/api/complete?q=" + "a".repeat(100), JSON_TYPE).statusCode());
    }

    @Test
    void examplesAreGroupedAndThePerSourceQueriesListed() throws IOException {
        JsonArray all = JSON.parseAny(server.get("/api/queries", JSON_TYPE).body()).getAsArray();
        List<String> groups = new ArrayList<>();
        for (JsonValue v : all) {
            JsonObject group = v.getAsObject().get("group").getAsObject();
            String id = group.get("id").getAsString().value();
            if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(id)) {
                assertFalse(groups.contains(id), "each group's queries come together: " + id);
                groups.add(id);
            }
            assertFalse(group.get("en").getAsString().value().isBlank());
            assertTrue(group.get("zh").getAsString().value().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), id);
        }
        // every top-level query of the project is in a named group (a new query should be given one)
        assertFalse(groups.contains("other"), groups.toString());
        assertEquals(List.of("time", "counts", "actors", "works", "sources"), groups.subList(0, 5));
        List<String> perSource;
        try (Stream<Path> files = Files.walk(Path.of("queries", "by-source"), 2)) {
            perSource = files.filter(f -> f.toString().endsWith(".rq"))
                    .map(f -> "by-source/" + f.getParent().getFileName() + "/" + f.getFileName().toString()
                            .replace(".rq", "")).sorted().toList();
        }
        assertTrue(perSource.size() >= 2);
        List<JsonObject> listed = all.stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("name").getAsString().value().startsWith("by-source/")).toList();
        assertEquals(perSource, listed.stream().map(o -> o.get("name").getAsString().value()).toList());
        JsonObject one = listed.get(0);
        String source = one.get("name").getAsString().value().split("/")[1];
        assertEquals("by-source/" + source, one.get("group").getAsObject().get("id").getAsString().value());
        // named by the source's title in the graph
        SourceDocument doc = Txn.calculateRead(server.dataset(), () -> new Sources(server.dataset().getDefaultGraph())
                .document(NodeFactory.createURI(AIMIL.RESOURCE_NS + source)));
        assertEquals("Per source: " + doc.title("en").orElseThrow(), one.get("group").getAsObject().get("en")
                .getAsString().value());
        assertEquals("各来源：" + doc.title("zh").orElseThrow(), one.get("group").getAsObject().get("zh").getAsString()
                .value());
        assertTrue(one.get("text").getAsString().value().contains("SELECT"));
        assertTrue(text(one.get("question"), "zh").codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }
}
