package org.aimilestones.cli;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.aimilestones.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ai-milestones expected: on a copy of the working tree, an agreeing answer exits 0, a changed one prints its diff and
 * exits 1, --update writes the cross-source answers and never a per-source one, --update-source writes that source's.
 */
class ExpectedCommandTest {

    static Path copy(Path tmp) throws IOException {
        Path root = tmp.resolve("copy");
        for (String dir : new String[] {"ontology", "data", "queries", "src/test/resources/expected"}) {
            Path from = Path.of(dir);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("releases"))
                        .toList()) {
                    Path to = root.resolve(f.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return root;
    }

    @Test
    void agreesDiffsAndUpdates(@TempDir Path tmp) throws IOException {
        Path root = copy(tmp);
        CliRun same = cli("expected", "--data", root.toString());
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertTrue(same.out().contains(" 0 differ"), same.out());

        // a per-source query and a cross-source query whose stored answers are stale
        Path bySource = Files.createDirectories(root.resolve("queries/by-source/test-source"));
        Files.writeString(bySource.resolve("google.rq"), """
                # What is Google called?
                # 谷歌叫什么？
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name WHERE { <https://w3id.org/ai-milestones/resource/google> rdfs:label ?name . FILTER(lang(?name) = "en") }
                """);
        Path expected = root.resolve("src/test/resources/expected/by-source/test-source/google.srj");
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, """
                { "head": { "vars": [ "name" ] }, "results": { "bindings": [
                  { "name": { "type": "literal", "xml:lang": "en", "value": "Googol" } } ] } }
                """);
        Path events = root.resolve("src/test/resources/expected/events-by-kind.srj");
        Files.writeString(events, """
                { "head": { "vars": [ "kind", "events" ] }, "results": { "bindings": [] } }
                """);

        CliRun differs = cli("expected", "--data", root.toString());
        assertEquals(1, differs.exitCode());
        assertTrue(differs.out().contains("differs: events-by-kind") && differs.out().contains("    + ?kind="),
                differs.out());
        assertTrue(differs.out().contains("differs: by-source/test-source/google")
                && differs.out().contains("    - ?name=\"Googol\"@en") && differs.out().contains("    + ?name=\"Google\"@en"),
                differs.out());

        CliRun update = cli("expected", "--data", root.toString(), "--update");
        assertEquals(1, update.exitCode(), "the per-source difference stays: " + update.out());
        assertTrue(update.out().contains("differs: events-by-kind (written)"), update.out());
        assertTrue(Files.readString(expected).contains("Googol"), "--update never writes a per-source answer");
        assertTrue(Files.readString(events).contains("Product launch"), "the cross-source answer is written");

        CliRun source = cli("expected", "--data", root.toString(), "--update-source", "test-source");
        assertEquals(0, source.exitCode(), source.out());
        assertTrue(Files.readString(expected).contains("\"Google\""));
        assertEquals(0, cli("expected", "--data", root.toString()).exitCode());

        CliRun unknown = cli("expected", "--data", root.toString(), "--update-source", "no-such-source");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no per-source queries for no-such-source"), unknown.err());
    }
}
