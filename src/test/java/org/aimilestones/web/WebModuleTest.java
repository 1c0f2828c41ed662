package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.WebServer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages, JSON endpoints and static files of the web module over HTTP, on a real Fuseki server. */
class WebModuleTest {

    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
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

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int sparqlCount(String where) {
        String query = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT (COUNT(DISTINCT ?x) AS ?n) { " + where + " }";
        HttpResponse<String> r = server.get("/ai-milestones/sparql?query=" + q(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        return Integer.parseInt(json.get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("n").getAsObject().get("value").getAsString().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search", "/query", "/timeline", "/graph"})
    void everyPageHasTheHeaderAndNoOutsideAssets(String path) {
        HttpResponse<String> r = server.get(path, HTML);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        for (String nav : List.of("href=\"/search\"", "href=\"/timeline\"", "href=\"/graph\"", "href=\"/query\"",
                "href=\"/ontology.html\"", "id=\"lang-switch\"", "href=\"/#sources\"")) {
            assertTrue(html.contains(nav), path + " lacks " + nav);
        }
        // canonical and alternate links name documents (absolute, under the document base), not assets to load
        Matcher assets = Pattern.compile("<(?:script|link)(?![^>]*rel=\"(?:canonical|alternate)\")[^>]+(?:src|href)=\"([^\"]+)\"")
                .matcher(html);
        while (assets.find()) {
            assertTrue(assets.group(1).startsWith("/"), path + " loads " + assets.group(1));
            assertEquals(200, server.get(assets.group(1), "*/*").statusCode(), assets.group(1));
        }
        assertFalse(html.contains("{{"), path + " has an unfilled placeholder");
    }

    @Test
    void landingCountsTheServedData() {
        String html = server.get("/", HTML).body();
        assertCount(html, "events", sparqlCount("?x a/rdfs:subClassOf* aimil:Event"));
        assertCount(html, "people", sparqlCount("?x a aimil:Person"));
        assertCount(html, "organizations", sparqlCount("?x a aimil:Organization"));
        assertCount(html, "artifacts", sparqlCount("?x a aimil:Artifact"));
        Matcher triples = Pattern.compile("id=\"count-triples\">(\\d+)<").matcher(html);
        assertTrue(triples.find() && Integer.parseInt(triples.group(1)) > 1000);
        for (String link : List.of("/dumps/ai-milestones.ttl", "/.well-known/void", "/ontology", "action=\"/search\"")) {
            assertTrue(html.contains(link), link);
        }
    }

    private static void assertCount(String html, String name, int expected) {
        assertTrue(expected > 0, name);
        assertTrue(html.contains("id=\"count-" + name + "\">" + expected + "<"), name + " is not " + expected);
    }

    @Test
    void searchAnswersJsonWhenAskedFor() {
        HttpResponse<String> r = server.get("/search?q=" + q("商汤"), JSON_TYPE);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject hit = JSON.parse(r.body()).get("hits").getAsArray().get(0).getAsObject();
        assertEquals("https://w3id.org/ai-milestones/resource/sensetime", hit.get("iri").getAsString().value());
        assertEquals("/page/sensetime", hit.get("page").getAsString().value());
        assertEquals("商汤科技", hit.get("label").getAsObject().get("zh").getAsString().value());
        assertEquals("SenseTime", hit.get("label").getAsObject().get("en").getAsString().value());
        assertEquals("Company", hit.get("type").getAsObject().get("label").getAsObject().get("en").getAsString().value());
        assertTrue(hit.get("score").isNumber() && hit.get("snippet").isString());

        JsonValue viaFormat = JSON.parseAny(server.get("/search?format=json&lang=en&q=DeepMind", HTML).body());
        assertEquals("en", viaFormat.getAsObject().get("lang").getAsString().value());
        assertTrue(server.get("/search?q=DeepMind", HTML).body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void searchRefusesBadRequestsReadably() {
        for (String bad : List.of("/search", "/search?q=x&lang=fr", "/search?q=x&limit=0", "/search?q=x&limit=many")) {
            HttpResponse<String> r = server.get(bad, JSON_TYPE);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(JSON.parse(r.body()).get("error").isString(), bad);
        }
        String words = String.join("+", java.util.Collections.nCopies(40, "dd"));
        HttpResponse<String> tooMany = server.get("/search?q=" + words, JSON_TYPE);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("more than 32 words"), tooMany.body());
        assertEquals("搜索文本超过 32 个词", JSON.parse(tooMany.body()).get("error_zh").getAsString().value());
        HttpResponse<String> words300 = server.get("/search?q=" + String.join("+",
                java.util.Collections.nCopies(300, "OR")), JSON_TYPE);
        assertEquals(400, words300.statusCode(), words300.body());
        assertTrue(words300.body().contains("more than 32 words"), words300.body());
        HttpResponse<String> tooLong = server.get("/search?q=" + "x".repeat(501), JSON_TYPE);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("longer than 500 characters"), tooLong.body());
        assertEquals("搜索文本超过 500 个字符", JSON.parse(tooLong.body()).get("error_zh").getAsString().value());
    }

    @Test
    void searchWordsAreWordsNotOperators() {
        for (String text : List.of("OR NOT", "AND", "deep OR", "NOT learning", "a* (b", "\\ \"", "深度 OR 学习",
                "\"unbalanced", "(((", "a] b}", "title:x^2 ~ /re/ +-!&&||", "*")) {
            HttpResponse<String> r = server.get("/search?q=" + q(text), JSON_TYPE);
            assertEquals(200, r.statusCode(), text + ": " + r.body());
            assertTrue(JSON.parse(r.body()).get("hits").isArray(), text);
        }
        JsonValue hits = JSON.parse(server.get("/search?q=" + q("deep learning"), JSON_TYPE).body()).get("hits");
        assertTrue(hits.getAsArray().size() > 0, "a plain search still finds: " + hits);
    }

    @Test
    void exampleQueriesWithTheirQuestions() throws IOException {
        JsonArray all = JSON.parseAny(server.get("/api/queries", JSON_TYPE).body()).getAsArray();
        // every query of the project's queries/ folder, however many the sources have called for
        List<String> files;
        try (Stream<Path> rq = Files.list(Path.of("queries"))) {
            files = rq.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - ".rq".length())).sorted().toList();
        }
        assertTrue(files.size() > 10, "queries: " + files);
        assertEquals(files, all.stream().map(q -> q.getAsObject().get("name").getAsString().value())
                .filter(n -> !n.startsWith("by-source/")).sorted().toList());
        JsonObject timeline = all.stream().map(JsonValue::getAsObject)
                .filter(o -> o.get("name").getAsString().value().equals("timeline")).findFirst().orElseThrow();
        JsonObject question = timeline.get("question").getAsObject();
        assertTrue(question.get("en").getAsString().value().startsWith("Every event in time order"));
        assertTrue(question.get("zh").getAsString().value().startsWith("按时间顺序列出所有事件"));
        assertTrue(timeline.get("text").getAsString().value().contains("SELECT ?event"));
    }

    @Test
    void prefixesAreTheVocabularyClassesOwn() {
        JsonObject prefixes = JSON.parse(server.get("/api/prefixes", JSON_TYPE).body());
        assertEquals(org.aimilestones.vocab.Prefixes.asMap().keySet().stream().toList(),
                prefixes.keys().stream().toList(), "the same prefixes in the same order");
        org.aimilestones.vocab.Prefixes.asMap().forEach((p, ns) ->
                assertEquals(ns, prefixes.get(p).getAsString().value(), p));
    }

    @Test
    void staticFilesComeFromTheJar() {
        assertEquals(200, server.get("/assets/common.js", "*/*").statusCode());
        HttpResponse<String> echarts = server.get("/webjars/echarts/5.3.1/dist/echarts.min.js", "*/*");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, server.get("/webjars/codemirror/5.65.16/mode/sparql/sparql.js", "*/*").statusCode());
        for (int sent = 0; sent < 2; sent++) { // read from the jar, then kept
            HttpResponse<String> common = server.get("/assets/common.js", "*/*");
            String etag = common.headers().firstValue("ETag").orElseThrow();
            assertEquals(String.valueOf(common.body().getBytes(StandardCharsets.UTF_8).length),
                    common.headers().firstValue("Content-Length").orElseThrow());
            HttpResponse<String> again = Http.send(Http.request(server.url("/assets/common.js"))
                    .header("If-None-Match", "\"other\", W/" + etag).GET());
            assertEquals(304, again.statusCode(), "If-None-Match with the ETag");
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
            assertEquals("", again.body());
        }
        assertEquals(server.get("/webjars/echarts/echarts.min.js", "*/*").headers().firstValue("ETag"),
                echarts.headers().firstValue("ETag"), "the versioned and version-free paths: one file, one ETag");
        for (String missing : List.of("/assets/none.js", "/assets/../pages/layout.html", "/assets/ai-milestones", "/nowhere")) {
            assertEquals(404, server.get(missing, "*/*").statusCode(), missing);
        }
    }

    @Test
    void textQueryOverTheSparqlEndpoint() {
        assertEquals(1, sparqlCount("?x text:query (rdfs:label '旷视') . FILTER(?x = <https://w3id.org/ai-milestones/resource/megvii>)"
                .replace("?x text:query", "?x <http://jena.apache.org/text#query>")));
    }
}
