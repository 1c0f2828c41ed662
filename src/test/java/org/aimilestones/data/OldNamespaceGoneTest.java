package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * No IRI under the old namespace (a w3id.org path registered to another project) is left in the ontology, data,
 * queries, code, pages or docs, nor in the built graph and the resources the jar is made of. CHANGELOG.md names it
 * once, on purpose.
 */
class OldNamespaceGoneTest {

    /** Spelled in two pieces so that this file does not hold what it looks for. */
    static final String OLD = "w3id.org/" + "aikg";

    private static final List<String> SOURCES = List.of("ontology", "data", "queries", "src", "docs", "bench", "bin",
            ".ci", "README.md", "pom.xml", "CITATION.cff");
    private static final Set<String> ALLOWED = Set.of("CHANGELOG.md");

    @Test
    void noSourceFileNamesTheOldNamespace() throws IOException {
        List<Path> found = filesHolding(SOURCES.stream().map(Path::of).toList());
        assertEquals(List.of(), found, "files naming " + OLD);
    }

    @Test
    void theBuiltResourcesDoNotHoldIt() throws IOException {
        // target/classes is what the jar is made of: classes, pages, scripts, and the build's snapshot of the graph
        Path classes = Path.of("target", "classes");
        assertTrue(Files.isDirectory(classes.resolve("ai-milestones")), "the build's resources are missing");
        assertEquals(List.of(), filesHolding(List.of(classes)), "built files naming " + OLD);
    }

    @Test
    void theGraphDoesNotHoldIt() {
        List<Triple> found = ShippedGraph.get().inferred().find().filterKeep(
                t -> holds(t.getSubject()) || holds(t.getPredicate()) || holds(t.getObject())).toList();
        assertEquals(List.of(), found, "triples naming " + OLD);
    }

    private static boolean holds(Node n) {
        return n.isURI() && n.getURI().contains(OLD) || n.isLiteral() && n.getLiteralLexicalForm().contains(OLD);
    }

    private static List<Path> filesHolding(List<Path> roots) throws IOException {
        byte[] needle = OLD.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new java.util.ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!ALLOWED.contains(file.getFileName().toString()) && contains(Files.readAllBytes(file), needle)) {
                        found.add(file);
                    }
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
