package org.aimilestones.server;

import static org.aimilestones.testing.Http.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aimilestones.load.TdbBulkLoad;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Scale;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --tdb2 on the real graph grown by 20k synthetic triples: built with progress lines, or served as ai-milestones load left it. */
class Tdb2ScaleTest {

    /** The synthetic events the served graph knows as events (their kinds are subclasses: RDFS must be on). */
    static final String SYNTHETIC_EVENTS = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>"
            + " SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a aimil:Event"
            + " FILTER(REGEX(STR(?e), \"^https://w3id.org/ai-milestones/resource/synthetic/event-[0-9]+$\")) }";
    static final Pattern EVENT_SUBJECT = Pattern.compile("^<https://w3id.org/ai-milestones/resource/synthetic/(event-[0-9]+)> ");
    static final String CLOSING_LINE = "loaded [0-9,]+ triples in [0-9.]+s \\([0-9,]+ triples/s\\)";

    @TempDir
    static Path shared;
    static Path generated;
    static long events;

    @TempDir
    Path tmp;

    @BeforeAll
    static void generate() throws IOException {
        generated = shared.resolve("ai-milestones-generated.nt");
        CliRun run = CliRun.cli("generate", "--scale", Scale.arg(20_000), "--output", generated.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<String> lines = Files.lines(generated)) {
            events = lines.map(EVENT_SUBJECT::matcher).filter(Matcher::find).map(m -> m.group(1)).distinct().count();
        }
        assertTrue(events > 100, "events in the generated file: " + events);
    }

    private static long syntheticEvents(ServeThread serve) {
        HttpResponse<String> response = Http.get(serve.url() + "ai-milestones/sparql?query=" + enc(SYNTHETIC_EVENTS), "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().split("\r\n")[1]);
    }

    @Test
    void buildingTheStoreStreamsTheFilesWithProgressLines() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.copy(generated, data.resolve("ai-milestones-generated.ttl")); // N-Triples is Turtle
        Path store = tmp.resolve("store");
        ServeThread serve = new ServeThread("--data", data.toString(), "--tdb2", store.toString());
        try {
            // the search index is made beside the store in a thread of its own: its lines come when they come
            String storeLines = serve.err().replaceAll("(?m)^search index: .*\n", "");
            assertTrue(storeLines.matches("(?s)" + CLOSING_LINE + "\nbuilt the TDB2 store in " + Pattern.quote(
                    store.toString()) + " from the data files\n"), serve.err());
            assertEquals(events, syntheticEvents(serve));
            HttpResponse<String> search = Http.get(serve.url() + "ai-milestones/sparql?query=" + enc(
                    "ASK { ?s <http://jena.apache.org/text#query> 'event' }"), "text/csv");
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(serve.err().contains("search index: making it from the store's labels and descriptions\n")
                    && serve.err().matches("(?s).*\nsearch index: indexed [0-9,]+ triples in .*"), serve.err());
        } finally {
            serve.close();
        }
        assertTrue(Files.exists(store.resolve(Tdb2Store.FINGERPRINT_FILE)));
    }

    @Test
    void storeMadeByTheLoadCommandIsServedAsLoadedAndNeverRebuilt() throws Exception {
        Path store = tmp.resolve("store");
        CliRun load = CliRun.cli("load", "--tdb2", store.toString(), generated.toString());
        assertEquals(0, load.exitCode(), load.err());
        String marker = Files.readString(store.resolve(TdbBulkLoad.LOADED_MARKER));
        assertTrue(marker.matches("\\S+ \\d+ triples from " + Pattern.quote(generated.toAbsolutePath().toString())
                + "\n"), marker);
        for (int start = 0; start < 2; start++) {
            ServeThread serve = new ServeThread("--tdb2", store.toString());
            try {
                assertEquals("serving the TDB2 store in " + store + " as loaded by ai-milestones load (" + marker.strip()
                        + "); the ontology and data files are not read and the store is never rebuilt\n",
                        serve.err().replaceAll("(?m)^search index: .*\n", ""));
                assertEquals(events, syntheticEvents(serve), "the generated events, not the bundled graph's");
                HttpResponse<String> search = Http.get(serve.url() + "ai-milestones/sparql?query=" + enc(
                        "ASK { ?s <http://jena.apache.org/text#query> 'event' }"), "text/csv");
                assertEquals(200, search.statusCode(), search.body());
                assertEquals(start == 0, serve.err().contains("search index: making it"),
                        "the first start makes the search index, the second reuses it: " + serve.err());
            } finally {
                serve.close();
            }
        }
        assertFalse(Files.exists(store.resolve(Tdb2Store.FINGERPRINT_FILE)));
    }
}
