package org.aimilestones.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ai-milestones graph loaded from a {@link GraphSource}: the ontology, the data, their union and its RDFS closure. */
public final class KnowledgeGraph {

    private final Lazy<Graph> ontology;
    private final Lazy<Graph> data;
    private final Lazy<Graph> asserted;
    private final Lazy<Graph> inferred;
    private final Optional<StoredFile> textIndex;
    private final Function<String, Optional<StoredFile>> storedDumps;

    private KnowledgeGraph(Supplier<Graph> ontology, Supplier<Graph> data, Optional<Supplier<Graph>> inferred,
            Optional<StoredFile> textIndex, Function<String, Optional<StoredFile>> storedDumps) {
        this.ontology = Lazy.of(ontology);
        this.data = Lazy.of(data);
        this.asserted = Lazy.of(() -> union(ontology(), data()));
        this.inferred = Lazy.of(inferred.orElse(() -> RdfsClosure.of(ontology(), data())));
        this.textIndex = textIndex;
        this.storedDumps = storedDumps;
    }

    /** A graph read back from a {@link Snapshot} as its parts are asked for, closure and search index made before. */
    static KnowledgeGraph of(Supplier<Graph> ontology, Supplier<Graph> data, Supplier<Graph> inferred,
            StoredFile textIndex, Function<String, Optional<StoredFile>> storedDumps) {
        return new KnowledgeGraph(ontology, data, Optional.of(inferred), Optional.of(textIndex), storedDumps);
    }

    /**
     * The graph of src: from the bundled {@link Snapshot} if it was made from exactly these files, else
     * {@link #parse parsed}.
     *
     * @throws LoadException naming the file, line and column of the first error
     */
    public static KnowledgeGraph load(GraphSource src) throws LoadException {
        Optional<Snapshot> snapshot = Snapshot.matching(src);
        return snapshot.isPresent() ? snapshot.get().graph() : parse(src);
    }

    /**
     * Parses the ontology and every data file, each into its own graph, and merges them only once all parsed, so a
     * syntax error anywhere leaves nothing half-loaded.
     *
     * @throws LoadException naming the file, line and column of the first error
     */
    public static KnowledgeGraph parse(GraphSource src) throws LoadException {
        Graph ontology = parse(src, src.ontologyFile());
        List<Graph> dataGraphs = new ArrayList<>();
        for (Path file : src.dataFiles()) {
            dataGraphs.add(parse(src, file));
        }
        Graph data = union(dataGraphs.toArray(Graph[]::new));
        return new KnowledgeGraph(() -> ontology, () -> data, Optional.empty(), Optional.empty(),
                file -> Optional.empty());
    }

    /**
     * The graph of ontology/ai-milestones.ttl of src alone: from the bundled {@link Snapshot} if it was made from exactly these
     * files, else parsed as {@link #parse} does.
     *
     * @throws LoadException naming the file, line and column of the first error
     */
    public static Graph loadOntology(GraphSource src) throws LoadException {
        Optional<Snapshot> snapshot = Snapshot.matching(src);
        return snapshot.isPresent() ? snapshot.get().graph().ontology() : parse(src, src.ontologyFile());
    }

    /**
     * Streams the ontology and then every data file into sink, file by file, without keeping them in memory; a
     * syntax error stops it part-way, so sink should be transactional (e.g. a store written in one transaction).
     *
     * @throws LoadException naming the file, line and column of the first error
     */
    public static void stream(GraphSource src, StreamRDF sink) throws LoadException {
        parse(src, src.ontologyFile(), sink);
        for (Path file : src.dataFiles()) {
            parse(src, file, sink);
        }
    }

    private static Graph parse(GraphSource src, Path file) throws LoadException {
        Graph graph = GraphFactory.createDefaultGraph();
        parse(src, file, StreamRDFLib.graph(graph));
        return graph;
    }

    private static void parse(GraphSource src, Path file, StreamRDF sink) throws LoadException {
        String shown = src.describe(file);
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .base(file.toUri().toString())
                    .strict(true)
                    .errorHandler(new ThrowingErrorHandler())
                    .parse(sink);
        } catch (ThrowingErrorHandler.ParseError | RiotException | IOException e) {
            throw LoadException.of(shown, file, e);
        }
    }

    private static Graph union(Graph... graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Graph g : graphs) {
            g.find().forEachRemaining(all::add);
        }
        return all;
    }

    /** @return the triples of ontology/ai-milestones.ttl only */
    public Graph ontology() {
        return ontology.get();
    }

    /** @return the triples of all data files, merged */
    public Graph data() {
        return data.get();
    }

    /** @return ontology and data together, as one materialized graph (made on first use) */
    public Graph asserted() {
        return asserted.get();
    }

    /**
     * @return the asserted graph plus its RDFS entailments (subClassOf, subPropertyOf, domain, range) under the
     *         ontology, materialized on first use; no RDF axiomatic triples, and none of the generalized triples
     *         (literal subjects, e.g. from an rdfs:range xsd:date) that plain RDF cannot hold
     */
    public Graph inferred() {
        return inferred.get();
    }

    /** @return the file of a search index made beforehand from {@link #inferred()}, if there is one */
    public Optional<StoredFile> textIndex() {
        return textIndex;
    }

    /**
     * @param file a dump's file name, e.g. "ai-milestones.ttl"
     * @return that dump of this graph, gzip-compressed, as the build wrote it into the {@link Snapshot} (present only
     *         for the snapshot's graph)
     */
    public Optional<StoredFile> storedDump(String file) {
        return storedDumps.apply(file);
    }

    /** @return the project prefixes */
    public PrefixMapping prefixes() {
        return Prefixes.mapping();
    }
}
