package org.aimilestones.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.Snapshot;

/**
 * Build step: writes the dumps of the bundled graph (every file of {@link DumpServlet#DUMPS}, gzip-compressed) into
 * its {@link Snapshot}, made by the same serializer as {@link DumpFiles}, which serves them as they are while the
 * bundled graph is served read-only, instead of serializing the graph five times at each start.
 */
public final class BundledDumps {

    private BundledDumps() {}

    /** Writes the dumps of kg into the snapshot folder dir. */
    public static void write(KnowledgeGraph kg, Path dir) throws IOException {
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            Path file = Snapshot.dumpFile(dir, dump.file());
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                DumpFiles.write(dump, dump.inferred() ? kg.inferred() : kg.asserted(), out);
            }
        }
    }
}
