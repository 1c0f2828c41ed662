package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * A dump is kept as its gzip only; one whose gzip is too large to keep in memory goes to a temporary file, made once per data version like the kept ones, so a
 * download never serializes the data again; the file is deleted when the dumps are closed.
 */
class DumpFilesTest {

    @Test
    void aDumpTooLargeToKeepIsMadeOnceIntoAFileWithTheSameBytes() throws Exception {
        ServedData data = ServedData.inMemory(KnowledgeGraph.load(GraphSource.directory(Path.of("."))), true,
                ServedLayer.NONE, new Context()); // updatable: its dumps are serialized, not the build's
        DumpServlet.Dump nt = DumpServlet.DUMPS.get(1);
        DumpFiles inMemory = new DumpFiles(data, Long.MAX_VALUE);
        DumpFiles spilling = new DumpFiles(data, 1000);
        DumpFiles.Rendered kept = inMemory.render(nt);
        DumpFiles.Rendered spilled = spilling.render(nt);
        assertTrue(kept.gzip().file().isEmpty(), "kept in memory");
        Path file = spilled.gzip().file().orElseThrow(() -> new AssertionError("more than 1000 gzip bytes go to a file"));
        assertTrue(Files.size(file) > 1000);
        assertEquals(kept.length(), spilled.length());
        assertEquals(kept.etag(), spilled.etag());
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        inMemory.write(nt, direct);
        ByteArrayOutputStream fromKept = new ByteArrayOutputStream();
        kept.writeTo(fromKept);
        ByteArrayOutputStream fromFile = new ByteArrayOutputStream();
        spilled.writeTo(fromFile);
        assertEquals(direct.size(), kept.length(), "the length is that of the dump's bytes");
        assertArrayEquals(direct.toByteArray(), fromKept.toByteArray(), "the kept gzip holds the dump's bytes");
        assertArrayEquals(direct.toByteArray(), fromFile.toByteArray(), "the file holds the same bytes");
        ByteArrayOutputStream keptGz = new ByteArrayOutputStream();
        kept.writeGzipTo(keptGz);
        ByteArrayOutputStream fileGz = new ByteArrayOutputStream();
        spilled.writeGzipTo(fileGz);
        assertArrayEquals(keptGz.toByteArray(), fileGz.toByteArray(), "the same gzip in memory and in the file");
        assertEquals(keptGz.size(), spilled.gzip().length());
        assertTrue(keptGz.size() < kept.length() / 4, "the gzip is what is kept, not the bytes");
        assertSame(spilled, spilling.render(nt), "made once for this data version");
        assertEquals(1, spilling.computations());
        spilling.close();
        assertFalse(Files.exists(file), "deleted when the dumps are closed");
    }

    @Test
    void theBundledGraphServedReadOnlyStartsWithTheDumpsTheBuildWrote() throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        DumpFiles built = new DumpFiles(ServedData.inMemory(kg, false, ServedLayer.NONE, new Context()), 1000);
        DumpFiles serialized = new DumpFiles(ServedData.inMemory(kg, true, ServedLayer.NONE, new Context()), 1000);
        try {
            for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
                assertTrue(kg.storedDump(dump.file()).isPresent(), "the build wrote " + dump.file());
                DumpFiles.Rendered fromBuild = built.render(dump);
                assertTrue(fromBuild.gzip().file().isEmpty(), dump.file() + ": read where the build wrote it");
                DumpFiles.Rendered made = serialized.render(dump);
                assertTrue(made.gzip().file().isPresent(), dump.file() + ": an updatable graph serializes its own");
                ByteArrayOutputStream now = new ByteArrayOutputStream();
                made.writeTo(now);
                ByteArrayOutputStream served = new ByteArrayOutputStream();
                fromBuild.writeTo(served);
                assertEquals(served.size(), fromBuild.length(), dump.file());
                if (dump.format() == ExportFormat.JSONLD) { // Jena's JSON-LD writer follows the graph's order
                    assertTrue(parse(now, Lang.JSONLD).isIsomorphicWith(parse(served, Lang.JSONLD)),
                            dump.file() + ": the build's triples are those the server would write");
                    continue;
                }
                assertArrayEquals(now.toByteArray(), served.toByteArray(),
                        dump.file() + ": the build's bytes are those the server would make");
                assertEquals(made.length(), fromBuild.length(), dump.file());
            }
        } finally {
            serialized.close();
        }
    }

    private static Graph parse(ByteArrayOutputStream bytes, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(bytes.toByteArray())).lang(lang).parse(graph);
        return graph;
    }
}
