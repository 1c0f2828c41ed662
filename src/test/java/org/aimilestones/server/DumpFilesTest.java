package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * A dump too large to keep in memory goes to a temporary file, made once per data version like the kept ones, so a
 * download never serializes the data again; the file is deleted when the dumps are closed.
 */
class DumpFilesTest {

    @Test
    void aDumpTooLargeToKeepIsMadeOnceIntoAFileWithTheSameBytes() throws Exception {
        ServedData data = ServedData.inMemory(KnowledgeGraph.load(GraphSource.directory(Path.of("."))), false,
                ServedLayer.NONE, new Context());
        DumpServlet.Dump nt = DumpServlet.DUMPS.get(1);
        DumpFiles inMemory = new DumpFiles(data);
        DumpFiles spilling = new DumpFiles(data, 1000);
        DumpFiles.Rendered kept = inMemory.render(nt);
        DumpFiles.Rendered spilled = spilling.render(nt);
        assertTrue(kept.kept().isPresent());
        assertNull(kept.file());
        assertFalse(spilled.kept().isPresent(), "more than 1000 bytes are not kept in memory");
        assertTrue(Files.size(spilled.file()) > 1000);
        assertEquals(kept.length(), spilled.length());
        assertEquals(kept.etag(), spilled.etag());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spilled.writeTo(out);
        assertArrayEquals(kept.bytes(), out.toByteArray());
        assertSame(spilled, spilling.render(nt), "made once for this data version");
        assertEquals(1, spilling.computations());
        Path file = spilled.file();
        spilling.close();
        assertFalse(Files.exists(file), "deleted when the dumps are closed");
    }
}
