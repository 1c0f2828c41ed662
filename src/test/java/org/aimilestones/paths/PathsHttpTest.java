package org.aimilestones.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /paths and path:find through the real server (ai-milestones serve --data src/test/resources/paths/small): JSON by
 * Accept or ?format=json, the page for browsers, 400s and the 422 of the bound on held nodes with their messages in
 * both languages, and the property function through the SPARQL endpoint.
 */
class PathsHttpTest {

    static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread("--data", PathFinderTest.SMALL.toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    static String paths(String from, String to, String more) {
        return serve.url() + "paths?from=" + Http.enc(PathFinderTest.res(from)) + "&to=" + Http.enc(PathFinderTest.res(to))
                + more;
    }

    static JsonObject json(HttpResponse<String> response) {
        assertTrue(Http.contentType(response).startsWith("application/json"), Http.contentType(response));
        return JSON.parse(response.body());
    }

    @Test
    void pathsAsJson() {
        HttpResponse<String> response = Http.get(paths("pt-alice", "pt-model", ""), "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = json(response);
        JsonArray paths = answer.get("paths").getAsArray();
        assertEquals(3, paths.size());
        JsonObject first = paths.get(0).getAsObject();
        assertEquals(List.of("pt-alice", "pt-acme", "pt-bob", "pt-model"), first.get("nodes").getAsArray().stream()
                .map(n -> PathFinderTest.local(n.getAsObject().get("iri").getAsString().value())).toList());
        assertEquals("/page/pt-alice", first.get("nodes").getAsArray().get(0).getAsObject().get("page").getAsString()
                .value());
        JsonObject edge = first.get("edges").getAsArray().get(0).getAsObject();
        assertEquals(AIMIL.NS + "employer", edge.get("property").getAsObject().get("iri").getAsString().value());
        assertEquals("forward", edge.get("direction").getAsString().value());
        assertEquals("/page/pt-talk-cue-1", edge.get("sources").getAsArray().get(0).getAsObject().get("page")
                .getAsString().value());
        // ?format=json gives the same; k and max-hops are read
        JsonObject one = json(Http.get(paths("pt-alice", "pt-model", "&format=json&k=1&max-hops=3"), null));
        assertEquals(1, one.get("paths").getAsArray().size());
        assertEquals(0, json(Http.get(paths("pt-alice", "pt-model", "&format=json&max-hops=2"), null)).get("paths")
                .getAsArray().size());
        // include a topic: a shorter path through the hub
        JsonObject topic = json(Http.get(paths("pt-alice", "pt-model",
                "&format=json&include=" + Http.enc("aimil:topic,aimil:Topic")), null));
        assertEquals(2, topic.get("paths").getAsArray().get(0).getAsObject().get("hops").getAsNumber().value()
                .intValue());
    }

    @Test
    void thePageForBrowsers() {
        HttpResponse<String> page = Http.get(paths("pt-alice", "pt-model", ""), "text/html,application/xhtml+xml");
        assertEquals(200, page.statusCode());
        assertTrue(Http.contentType(page).startsWith("text/html"), Http.contentType(page));
        assertTrue(page.body().contains("/assets/paths.js"), page.body());
        assertTrue(page.body().contains("data-nav=\"paths\""), page.body());
        assertEquals(200, Http.get(serve.url() + "paths", "text/html").statusCode());
        assertEquals(200, Http.get(serve.url() + "assets/paths.js", null).statusCode());
    }

    @Test
    void badRequestsSayWhy() {
        assertRefused(400, Http.get(paths("pt-alice", "pt-nobody", "&format=json"), null), "Unknown to",
                "未知");
        assertRefused(400, Http.get(paths("pt-alice", "pt-alice", "&format=json"), null), "the same resource",
                "同一个资源");
        assertRefused(400, Http.get(paths("pt-alice", "pt-model", "&format=json&k=0"), null), "k must be from 1 to 20",
                "k 必须在 1 到 20 之间");
        assertRefused(400, Http.get(paths("pt-alice", "pt-model", "&format=json&k=abc"), null), "k must be a whole",
                "k 必须是");
        assertRefused(400, Http.get(paths("pt-alice", "pt-model", "&format=json&max-hops=9"), null),
                "max-hops must be from 1 to 6", "max-hops 必须在");
        assertRefused(400, Http.get(serve.url() + "paths?format=json&to=x", null), "Missing from", "缺少参数 from");
        assertRefused(400, Http.get(paths("pt-alice", "pt-model", "&format=json&exclude=" + Http.enc("<javascript:x>")),
                null), "Bad include/exclude entry", "条目无效");
        assertRefused(422, Http.get(paths("pt-alice", "pt-model", "&format=json&max-visited=5"), null),
                "max-visited", "max-visited = 5");
    }

    static void assertRefused(int status, HttpResponse<String> response, String english, String chinese) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = json(response);
        assertTrue(error.get("error").getAsString().value().contains(english), response.body());
        assertTrue(error.get("error_zh").getAsString().value().contains(chinese), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    static HttpResponse<String> sparql(String query, String accept) {
        return Http.postForm(serve.url() + "ai-milestones/sparql", "query=" + Http.enc(query), accept);
    }

    static final String PREFIXES = "PREFIX path: <" + PathsFunction.NS + ">\nPREFIX res: <" + AIMIL.RESOURCE_NS + ">\n";

    @Test
    void thePropertyFunctionThroughTheEndpoint() {
        HttpResponse<String> response = sparql(PREFIXES + "SELECT ?path ?hop ?s ?p ?o WHERE {"
                + " (?path ?hop ?s ?p ?o) path:find (res:pt-alice res:pt-model) } ORDER BY ?path ?hop",
                "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray rows = JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(3 + 3 + 4, rows.size());
        JsonObject first = rows.get(0).getAsObject();
        assertEquals(PathFinderTest.res("pt-alice"), first.get("s").getAsObject().get("value").getAsString().value());
        assertEquals(AIMIL.NS + "employer", first.get("p").getAsObject().get("value").getAsString().value());
        // the third step of the first path, walked backward, is stated Model creator Bob
        JsonObject third = rows.get(2).getAsObject();
        assertEquals(PathFinderTest.res("pt-model"), third.get("s").getAsObject().get("value").getAsString().value());
        // k and max-hops; CONSTRUCT draws the paths
        HttpResponse<String> k1 = sparql(PREFIXES + "SELECT * WHERE { (?path ?hop) path:find (res:pt-alice"
                + " res:pt-model 1 3) }", "application/sparql-results+json");
        assertEquals(3, JSON.parse(k1.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        HttpResponse<String> construct = sparql(PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { (?path ?hop ?s ?p ?o)"
                + " path:find (res:pt-alice res:pt-model 1) }", "application/n-triples");
        assertEquals(200, construct.statusCode(), construct.body());
        assertEquals(3, construct.body().lines().filter(l -> !l.isBlank()).count(), construct.body());
        // an unknown endpoint: no rows
        HttpResponse<String> none = sparql(PREFIXES + "SELECT * WHERE { (?path) path:find (res:pt-alice"
                + " res:pt-nobody) }", "application/sparql-results+json");
        assertEquals(0, JSON.parse(none.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        // a bad k: a 400 saying so
        HttpResponse<String> bad = sparql(PREFIXES + "SELECT * WHERE { (?path) path:find (res:pt-alice res:pt-model"
                + " 99) }", "application/sparql-results+json");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("k must be a whole number from 1 to 20"), bad.body());
    }
}
