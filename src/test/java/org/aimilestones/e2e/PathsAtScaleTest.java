package org.aimilestones.e2e;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.TextIndex;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.web.WebModule;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The path explorer over the decade graph plus 100k synthetic triples (ai-milestones generate): the JSON and the page
 * answer, from a real resource into the synthetic part too; and with a tiny --timeout the search is cut by the
 * server's deadline: a 503 with the server's own message in both languages and Retry-After, and the server answers
 * the next request.
 */
@UsesChromium
class PathsAtScaleTest {

    static final String OPENAI = AIMIL.RESOURCE_NS + "openai";
    static final String HINTON = AIMIL.RESOURCE_NS + "geoffrey-hinton";
    static final String ALEXNET = AIMIL.RESOURCE_NS + "alexnet";

    @TempDir
    static Path data;

    @BeforeAll
    static void generate() {
        CliRun run = cli("generate", "--scale", Scale.arg(100_000), "--seed", "3", "--format", "turtle", "--output",
                data.resolve("synthetic.ttl").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static String paths(ServeThread serve, String from, String to, String more) {
        return serve.url() + "paths?from=" + Http.enc(from) + "&to=" + Http.enc(to) + more;
    }

    /** @return a synthetic person that is a member of an organization (so it has paths) */
    static String syntheticPerson(ServeThread serve) {
        String query = "SELECT ?p WHERE { ?p <" + AIMIL.memberOf.getURI() + "> ?o FILTER(STRSTARTS(STR(?p), \""
                + AIMIL.RESOURCE_NS + "synthetic/\")) } ORDER BY ?p LIMIT 1";
        HttpResponse<String> answer = Http.get(serve.url() + "ai-milestones/sparql?query=" + Http.enc(query),
                "application/sparql-results+json");
        return JSON.parse(answer.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("p").getAsObject().get("value").getAsString().value();
    }

    @Test
    void theJsonAndThePageAnswer() throws InterruptedException {
        try (ServeThread serve = new ServeThread("--data", data.toString())) {
            HttpResponse<String> real = Http.get(paths(serve, HINTON, ALEXNET, "&format=json"), null);
            assertEquals(200, real.statusCode(), real.body());
            assertEquals(5, JSON.parse(real.body()).get("paths").getAsArray().size());
            String person = syntheticPerson(serve);
            HttpResponse<String> synthetic = Http.get(paths(serve, person, OPENAI, "&format=json&max-hops=6"), null);
            assertTrue(synthetic.statusCode() == 200, synthetic.body());
            JsonObject answer = JSON.parse(synthetic.body());
            assertEquals(person, answer.get("from").getAsObject().get("iri").getAsString().value());
            Browser.assumeAvailable();
            ChromeDriver driver = Browser.start();
            try {
                driver.get(paths(serve, HINTON, ALEXNET, ""));
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                        By.cssSelector("#paths-list .sentence")).size() == 5);
                assertEquals(List.of(), Browser.cspViolations(driver));
                Browser.screenshot(driver, "paths-100k");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void theDeadlineCutsTheSearch() throws Exception {
        GraphSource source = GraphSource.directory(data);
        ServerConfig config = ServerConfig.builder().source(source).port(0).timeout(Duration.ofMillis(1))
                .layer(TextIndex::wrap).module(served -> new WebModule(() -> served, new NamedQueries(source)))
                .build();
        try (MilestonesServer server = MilestonesServer.start(config)) {
            HttpResponse<String> cut = Http.get(server.url() + "paths?from=" + Http.enc(OPENAI) + "&to="
                    + Http.enc(HINTON) + "&format=json&max-hops=6&k=20", null);
            assertEquals(503, cut.statusCode(), cut.body());
            assertTrue(cut.body().contains("Page timed out: it took longer than this server's limit of 0.001 s."),
                    cut.body());
            assertTrue(cut.body().contains("页面超时"), cut.body());
            assertTrue(cut.headers().firstValue("Retry-After").isPresent());
            assertFalse(cut.body().contains("Exception"), cut.body());
            // the same search through path:find: the query's deadline cuts it as well
            HttpResponse<String> sparql = Http.postForm(server.url() + "ai-milestones/sparql", "query=" + Http.enc(
                    "SELECT * WHERE { (?path ?hop ?s ?p ?o) <https://w3id.org/ai-milestones/paths#find> (<" + OPENAI
                    + "> <" + HINTON + "> 20 6) }"), "application/sparql-results+json");
            assertEquals(503, sparql.statusCode(), sparql.body());
            assertTrue(sparql.body().contains("Query timed out"), sparql.body());
            assertEquals(200, Http.get(server.url() + "$/ping", null).statusCode());
        }
    }
}
