package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource pages over the real graph grown by 100k synthetic triples (`ai-milestones generate`, then `serve --data`):
 * the source with the most slides or cues (its thousands of incoming links) and a synthetic event each render in their groups, the long list
 * collapsed to its first values and its count.
 */
class SyntheticResourcePagesTest {

    /** The source with the most slides or cues (the synthetic deck: thousands of incoming links), asked over the
     *  part-of links only, so that the question stays well within the query limit on a busy machine. */
    private static final String MOST_LINKED = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>"
            + " SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s aimil:inDeck|aimil:inSource ?o }"
            + " GROUP BY ?o ORDER BY DESC(?n) LIMIT 1";
    private static final String AN_EVENT = "SELECT ?e WHERE { ?e a <https://w3id.org/ai-milestones/ontology#Event>"
            + " FILTER(STRSTARTS(STR(?e), \"https://w3id.org/ai-milestones/resource/synthetic/\")) } LIMIT 1";

    @TempDir
    static Path tmp;
    static ServeThread serve;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        CliRun run = CliRun.cli("generate", "--scale", Scale.arg(100_000), "--output",
                data.resolve("ai-milestones-generated.nt").toString());
        assertEquals(0, run.exitCode(), run.err());
        Files.move(data.resolve("ai-milestones-generated.nt"), data.resolve("ai-milestones-generated.ttl"));
        serve = new ServeThread("--data", data.toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    private static List<String> column(String query) {
        HttpResponse<String> r = Http.get(serve.url() + "ai-milestones/sparql?query=" + Http.enc(query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(l -> l.split(",")[0]).toList();
    }

    private static String page(String iri) {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(serve.url() + "page/"
                + iri.substring("https://w3id.org/ai-milestones/resource/".length()), "text/html");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.statusCode(), iri);
        System.out.println("synthetic 100k: " + iri + " page in " + ms + " ms, " + r.body().length() + " chars");
        assertTrue(r.body().contains("<article class=\"resource\">") && r.body().contains("</html>"), iri);
        return r.body();
    }

    @Test
    void theMostLinkedResourceAndASyntheticEventRender() {
        String hub = column(MOST_LINKED).get(0);
        String page = page(hub);
        assertTrue(page.contains("<details class=\"more\">") && page.contains("<span class=\"count\">"),
                "the hub's long list collapsed, with its count");
        assertTrue(page.length() < 2_000_000, "not every link written out: " + page.length());
        String event = page(column(AN_EVENT).get(0));
        assertTrue(event.contains("<section class=\"group\" id=\"what\">")
                && event.contains("<section class=\"group\" id=\"relations\">"), event);
    }
}
