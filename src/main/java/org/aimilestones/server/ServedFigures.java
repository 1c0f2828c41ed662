package org.aimilestones.server;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * What only a read of the whole served default graph tells: its triples, how many there are of each class and
 * property (the dataset description's partitions; the landing page's counts), and the first resource names (the
 * sitemap). Read once per data version and kept with the served dataset ({@link GuardedDatasetGraph#figures()}),
 * after its background work ({@link org.aimilestones.load.Background}): the description and the landing page share
 * one read.
 *
 * <p>Over an RDFS view (a store, or updates on) a triple may be entailed several ways, so the view's triples must be
 * made distinct. Not with one set of every triple, as a plain distinct read does (on a 10M-triple store, well over a
 * GB of heap): the read goes subject by subject, each subject's triples distinct among themselves, and only the
 * subjects already read are kept.
 *
 * @param triples    the served triples of the default graph, entailments included
 * @param classes    per class, its members (the {@code rdf:type} triples with it as object), in IRI order
 * @param properties per property, its triples, in IRI order
 * @param names      the first {@link SitemapServlet#MAX_URLS} resource names (IRIs under the resource namespace, without
 *                   it), in order
 */
public record ServedFigures(long triples, Map<Node, Long> classes, Map<Node, Long> properties, List<String> names) {

    /** What the figures are, in the 503 of a request that came before them. */
    static final String WHAT = "the whole graph's figures";

    public ServedFigures {
        classes = Collections.unmodifiableMap(classes);
        properties = Collections.unmodifiableMap(properties);
        names = List.copyOf(names);
    }

    /**
     * @return the figures of the served dataset for its data now: kept for the server's own dataset (waiting, within a
     *         request's deadline, for them to be read), read now for any other
     * @throws PerVersion.NotReadyException if the request's deadline passes first
     */
    public static ServedFigures of(DatasetGraph served) {
        if (served instanceof GuardedDatasetGraph guarded) {
            return guarded.figures();
        }
        return Txn.calculateRead(served,
                () -> read(s -> served.find(Quad.defaultGraphIRI, s, Node.ANY, Node.ANY), true));
    }

    /** @return how many members cls has */
    public long members(Node cls) {
        return classes.getOrDefault(cls, 0L);
    }

    /**
     * Reads a default graph, in a transaction the caller holds.
     *
     * @param find      the graph's triples (as default-graph quads) with a subject, or with any for {@code Node.ANY}
     * @param bySubject whether find may yield a triple more than once (an RDFS view): then read subject by subject,
     *                  each subject's triples made distinct
     */
    static ServedFigures read(Function<Node, Iterator<Quad>> find, boolean bySubject) {
        Counter counter = new Counter();
        if (!bySubject) {
            each(find.apply(Node.ANY), counter);
        } else {
            Set<Node> read = new HashSet<>();
            each(find.apply(Node.ANY), quad -> {
                if (read.add(quad.getSubject())) {
                    each(Iter.iter(find.apply(quad.getSubject())).distinct(), counter);
                }
            });
        }
        return new ServedFigures(counter.triples, counter.classes, counter.properties, List.copyOf(counter.names));
    }

    private static void each(Iterator<Quad> quads, Consumer<Quad> action) {
        try {
            quads.forEachRemaining(action);
        } finally {
            Iter.close(quads);
        }
    }

    private static final class Counter implements Consumer<Quad> {
        long triples;
        final Map<Node, Long> classes = new TreeMap<>(DatasetDescription::byString);
        final Map<Node, Long> properties = new TreeMap<>(DatasetDescription::byString);
        final TreeSet<String> names = new TreeSet<>();

        @Override
        public void accept(Quad quad) {
            triples++;
            properties.merge(quad.getPredicate(), 1L, Long::sum);
            if (quad.getPredicate().equals(RDF.Nodes.type)) {
                classes.merge(quad.getObject(), 1L, Long::sum);
            }
            Node s = quad.getSubject();
            if (s.isURI() && s.getURI().startsWith(AIMIL.RESOURCE_NS) && s.getURI().length() > AIMIL.RESOURCE_NS.length()) {
                names.add(s.getURI().substring(AIMIL.RESOURCE_NS.length()));
                if (names.size() > SitemapServlet.MAX_URLS) {
                    names.pollLast(); // the sitemap lists at most that many: keep the first ones only
                }
            }
        }
    }
}
