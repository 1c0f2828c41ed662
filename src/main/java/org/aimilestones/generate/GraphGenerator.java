package org.aimilestones.generate;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.aimilestones.load.ProgressMonitor;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Grows the real graph to about a target number of triples: streams the real asserted graph (ontology and data, in
 * sorted order), then synthetic {@link Block blocks} until the target is reached. Nothing but the current block is held
 * in memory, and the output depends only on the real graph, the target and the seed.
 */
public final class GraphGenerator {

    /** The prefix of the synthetic namespace in Turtle output. */
    public static final String PREFIX = "syn";

    private final Graph real;

    /** @param real the real asserted graph (ontology and data) to start from */
    public GraphGenerator(Graph real) {
        this.real = real;
    }

    /** @return the number of triples of the real graph, the smallest target there can be */
    public long realSize() {
        return real.size();
    }

    /**
     * Writes the real graph and then synthetic blocks until at least target triples are written (a block more than
     * needed at most, a hundred-odd triples); starts and finishes the stream.
     *
     * @param progress ticked for every triple written
     * @return the number of triples written
     * @throws IllegalArgumentException if target is smaller than the real graph
     */
    public long generate(long target, long seed, StreamRDF stream, ProgressMonitor progress) {
        if (target < realSize()) {
            throw new IllegalArgumentException(
                    "the scale " + target + " is smaller than the real graph (" + realSize() + " triples)");
        }
        SplittableRandom random = new SplittableRandom(seed);
        TripleOut out = new TripleOut(stream, progress, random);
        stream.start();
        Prefixes.asMap().forEach(stream::prefix);
        stream.prefix(PREFIX, SyntheticNames.NS);
        progress.start();
        sortedTriples().forEach(out::add);
        out.endBlock();
        RealConcepts concepts = RealConcepts.of(real);
        SyntheticSources sources = new SyntheticSources(out);
        SyntheticAgents agents = new SyntheticAgents(out);
        SyntheticArtifacts artifacts = new SyntheticArtifacts(out, concepts);
        SyntheticEvents events = new SyntheticEvents(out, concepts);
        sources.deck();
        for (long b = 0; out.count() < target; b++) {
            Block block = Block.start(b, random);
            sources.slide(block);
            agents.people(block);
            agents.organization(block);
            artifacts.artifact(block);
            events.events(block);
            out.endBlock();
        }
        stream.finish();
        return out.count();
    }

    private List<Triple> sortedTriples() {
        return real.find().toList().stream().sorted(Comparator.comparing(NodeFmtLib::str)).toList();
    }
}
