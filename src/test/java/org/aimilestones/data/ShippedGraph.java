package org.aimilestones.data;

import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;

/** The project's own graph (ontology/ and data/ of the working tree), loaded once for the data tests. */
final class ShippedGraph {

    static final GraphSource SOURCE = GraphSource.directory(Path.of("."));
    private static KnowledgeGraph graph;

    private ShippedGraph() {}

    static synchronized KnowledgeGraph get() {
        if (graph == null) {
            try {
                graph = KnowledgeGraph.load(SOURCE);
            } catch (LoadException e) {
                throw new AssertionError("the shipped graph does not load: " + e.getMessage(), e);
            }
        }
        return graph;
    }
}
