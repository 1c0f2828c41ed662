package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.aimilestones.web.IriMapping;
import org.aimilestones.web.LinkedDataModule;
import org.aimilestones.load.GraphSource;
import org.aimilestones.server.BadRequests.Probe;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a thousand bad requests ({@link BadRequests}) to a server with every endpoint on (updates, resource pages):
 * each gets a 4xx with a Content-Type, no stack trace and nothing of /etc/passwd.
 */
class BadRequestFuzzTest {

    static final long MAX_BODY = 64 * 1024;
    static final Pattern STACK_TRACE = Pattern.compile("Exception|\\bat (org|java|jakarta|sun)\\.");

    @TempDir
    Path tmp;

    static long[] seeds() {
        return BadRequests.SEEDS;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyBadRequestGetsAPlain4xx(long seed) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        Graph ontology;
        try (InputStream in = Files.newInputStream(Path.of("ontology", "ai-milestones.ttl"))) {
            ontology = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        }
        ServerConfig config = ServerConfig.builder().source(GraphSource.directory(Path.of("."))).port(0)
                .timeout(Duration.ofSeconds(5)).maxBody(MAX_BODY).allowUpdate(true).passwordFile(passwords)
                .module(served -> new LinkedDataModule(() -> served, () -> ontology, IriMapping.DEFAULT)).build();
        try (MilestonesServer server = MilestonesServer.start(config)) {
            long triples = server.triples();
            List<Probe> probes = new BadRequests(server.url(), MAX_BODY, seed).all();
            assertTrue(probes.size() >= 1000, probes.size() + " probes");
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> failures = new ArrayList<>();
            Map<String, Integer> statuses = new TreeMap<>();
            for (Probe probe : probes) {
                RawHttp.Response response;
                try {
                    response = probe.http() != null ? send(client, probe) : RawHttp.send(server.port(), probe.raw());
                } catch (IOException e) {
                    throw new IOException("no answer to " + probe.label() + " " + (probe.http() != null
                            ? probe.http().uri().toString().length() + " characters of URI" : "(raw)"), e);
                }
                statuses.merge(probe.label().replaceAll(":.*", "") + " " + response.status(), 1, Integer::sum);
                String problem = problem(response);
                String kind = probe.label() + " " + response.status();
                if (problem != null && failures.stream().noneMatch(f -> f.startsWith(kind))) {
                    failures.add(kind + " -> " + probe.label() + " " + problem + ": "
                            + response.body().substring(0, Math.min(200, response.body().length())).replace("\n", " "));
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures)
                    + "\nstatuses: " + statuses);
            assertTrue(triples == server.triples(), "nothing was written");
        }
    }

    /** @return what is wrong with the response to a bad request, or null */
    static String problem(RawHttp.Response response) {
        if (response.status() < 400 || response.status() > 499) {
            return "not a 4xx";
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            return "stack trace";
        }
        if (response.body().contains("root:")) {
            return "/etc/passwd";
        }
        if (response.headers().getOrDefault("content-type", "").isEmpty()) {
            return "no Content-Type";
        }
        return null;
    }

    /**
     * Sends a probe with the pooled client. A server may close a kept-alive connection after an answer (it does after
     * a 413); a request that raced that close and got no bytes at all is sent once more, on a new connection.
     */
    private static RawHttp.Response send(HttpClient client, Probe probe) throws IOException, InterruptedException {
        HttpResponse<byte[]> response;
        try {
            response = client.send(probe.http(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException closedUnderneath) {
            // a fresh client, so the retry cannot be handed another pooled connection the server has closed
            HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            response = fresh.send(probe.http(), HttpResponse.BodyHandlers.ofByteArray());
        }
        Map<String, String> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return new RawHttp.Response(response.statusCode(), headers, new String(response.body(), StandardCharsets.ISO_8859_1));
    }
}
