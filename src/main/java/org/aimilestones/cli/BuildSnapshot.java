package org.aimilestones.cli;

import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.Snapshot;
import org.aimilestones.search.TextIndex;
import org.aimilestones.server.BundledDumps;

/**
 * Build step, not a command for users: parses the bundled graph, materializes its RDFS closure and indexes it for
 * search, and writes all three, with the graph's dumps ({@link BundledDumps}), as the bundled {@link Snapshot} (Maven runs it after compiling, so the snapshot goes
 * into the jar). {@code ai-milestones serve} then starts from it instead of doing that work again.
 */
public final class BuildSnapshot {

    private BuildSnapshot() {}

    /** @param args the snapshot folder to write, e.g. target/classes/ai-milestones/snapshot */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: BuildSnapshot FOLDER");
            System.exit(Main.EXIT_USAGE);
        }
        GraphSource src = GraphSource.bundled();
        KnowledgeGraph kg = KnowledgeGraph.parse(src);
        Path dir = Path.of(args[0]);
        TextIndex.write(kg.inferred(), Snapshot.write(src, kg, dir));
        BundledDumps.write(kg, dir);
        System.out.printf("snapshot of the bundled graph: %d asserted and %d served triples, in %s%n",
                kg.asserted().size(), kg.inferred().size(), args[0]);
    }
}
