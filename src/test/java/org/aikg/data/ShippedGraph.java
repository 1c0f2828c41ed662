package org.aikg.data;

import java.nio.file.Path;
import org.aikg.load.GraphSource;
import org.aikg.load.KnowledgeGraph;
import org.aikg.load.LoadException;

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
