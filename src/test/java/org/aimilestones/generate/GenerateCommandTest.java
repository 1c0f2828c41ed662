package org.aimilestones.generate;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Scale;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ai-milestones generate --scale N (the real graph and 20k synthetic triples): size, parsing, SHACL and OWL conformance, real queries, naming, determinism. */
class GenerateCommandTest {

    /** The synthetic triples asked for on top of the real graph. */
    private static final long SYNTHETIC = 20_000;
    private static final long SCALE = Scale.withSynthetic(SYNTHETIC);

    @TempDir
    static Path tmp;

    private static Path data;
    private static Graph generated;

    @BeforeAll
    static void generate() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        CliRun run = cli("generate", "--scale", Long.toString(SCALE), "--seed", "7", "--format", "turtle",
                "--output", data.resolve("synthetic.ttl").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("generated"), run.err());
        generated = RDFDataMgr.loadGraph(data.resolve("synthetic.ttl").toString());
    }

    @Test
    void sizeIsWithinTenPercentOfTheSyntheticTriplesOfTheScale() {
        assertTrue(Math.abs(generated.size() - SCALE) <= SYNTHETIC / 10, "triples: " + generated.size() + " for "
                + SCALE);
    }

    @Test
    void generatedGraphConformsAndIsConsistent() {
        CliRun run = cli("--data", data.toString(), "validate");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Conforms: yes"), run.out());
    }

    @Test
    void realQueriesRunAndTheTimelineGrows() {
        int real = rows(cli("query", "timeline", "--format", "csv"));
        int grown = rows(cli("--data", data.toString(), "query", "timeline", "--format", "csv"));
        assertTrue(grown > real + 100, "timeline rows: real " + real + ", generated " + grown);
        for (String query : List.of("foundings", "google-acquisitions", "events-by-kind", "performance-claims",
                "which-slide", "people")) {
            CliRun run = cli("--data", data.toString(), "query", query, "--format", "csv");
            assertEquals(0, run.exitCode(), query + ": " + run.err());
        }
    }

    @Test
    void syntheticIrisFollowTheNamingRuleUnderTheirNamespace() {
        List<String> wrong = new ArrayList<>();
        generated.find().mapWith(t -> t.getSubject()).filterKeep(s -> s.getURI().startsWith(SyntheticNames.NS))
                .toSet().forEach(subject -> {
                    String local = subject.getURI().substring(SyntheticNames.NS.length());
                    String expected = english(subject).replaceFirst("^Synthetic ", "").toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-");
                    boolean dependent = local.contains("/")
                            && generated.contains(iri(local.substring(0, local.lastIndexOf('/'))), Node.ANY, Node.ANY)
                            && local.substring(local.lastIndexOf('/') + 1).matches("[a-z0-9-]+");
                    if (!dependent && !local.equals(expected)) {
                        wrong.add(local + " (label " + english(subject) + ")");
                    }
                });
        assertTrue(wrong.isEmpty(), "not following the naming rule: " + wrong);
    }

    @Test
    void everySyntheticEventIsStatedInASlide() {
        String event = Pattern.quote(SyntheticNames.NS) + "event-[0-9]+";
        long events = generated.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().matches(event)).toList().size();
        long stated = generated.find(Node.ANY, AIMIL.statedIn.asNode(), Node.ANY)
                .filterKeep(t -> t.getSubject().getURI().matches(event)).toList().size();
        assertTrue(events > 300, "synthetic events: " + events);
        assertEquals(events, stated);
    }

    @Test
    void sameSeedGivesByteIdenticalOutputAndAnotherSeedDoesNot() throws IOException {
        byte[] first = generate(7, "a.nt");
        assertArrayEquals(first, generate(7, "b.nt"));
        assertFalse(Arrays.equals(first, generate(8, "c.nt")));
    }

    private static byte[] generate(long seed, String name) throws IOException {
        Path file = tmp.resolve(name);
        CliRun run = cli("generate", "--scale", Scale.arg(5_000), "--seed", Long.toString(seed), "--output", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Files.readAllBytes(file);
    }

    private static int rows(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        return run.out().split("\r?\n").length - 1;
    }

    private static String english(Node subject) {
        return generated.find(subject, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject()).filter(o -> "en".equals(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(SyntheticNames.NS + local);
    }
}
