package org.aimilestones.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.Lazy;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;

/**
 * The graphs served beside the data: the ontology (its current version, whose number is read from its
 * owl:versionIRI), the ontology's earlier versions (kept as {@code ontology/versions/{version}.ttl}) and the shapes.
 */
public final class Schemas {

    /** What a version looks like: 0.2.0, 1.0.0-rc.1; nothing that could leave the versions folder. */
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*(-[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*)?");

    private final Supplier<Graph> ontology;
    private final Supplier<Optional<Graph>> shapes;
    private final Function<String, Optional<Graph>> earlierVersions;

    /**
     * @param ontology        the current ontology, not changed while served
     * @param shapes          the SHACL shapes, if there are any
     * @param earlierVersions an earlier version of the ontology by its version number, if kept
     */
    public Schemas(Supplier<Graph> ontology, Supplier<Optional<Graph>> shapes,
            Function<String, Optional<Graph>> earlierVersions) {
        this.ontology = ontology;
        this.shapes = shapes;
        this.earlierVersions = earlierVersions;
    }

    /** @return the ontology alone: no shapes, no earlier versions */
    public static Schemas ontologyOnly(Supplier<Graph> ontology) {
        return new Schemas(ontology, Optional::empty, version -> Optional.empty());
    }

    /**
     * @param ontology the ontology of src (e.g. from the build's snapshot)
     * @return the schemas of src: its ontology, ontology/shapes.ttl (read at the first request) and the files
     *         ontology/versions/{version}.ttl (each read at its first request)
     */
    public static Schemas of(GraphSource src, Supplier<Graph> ontology) {
        Lazy<Optional<Graph>> shapes = Lazy.of(() -> Files.isRegularFile(src.shapesFile())
                ? Optional.of(parse(src.shapesFile())) : Optional.empty());
        Map<String, Optional<Graph>> versions = new ConcurrentHashMap<>();
        // the folder is found at the first request for an earlier version, not at start: inside the jar, finding it
        // opens the jar as a file system, which reads its whole directory of entries
        return new Schemas(ontology, shapes, version -> versions.computeIfAbsent(version, v -> {
            Path file = src.ontologyFile().getParent().resolve("versions").resolve(v + ".ttl");
            return Files.isRegularFile(file) ? Optional.of(parse(file)) : Optional.empty();
        }));
    }

    /** @return the current ontology */
    public Graph ontology() {
        return ontology.get();
    }

    /** @return the shapes, if any */
    public Optional<Graph> shapes() {
        return shapes.get();
    }

    /** @return the current version's versionIRI, if the ontology states one */
    public Optional<String> versionIri(String ontologyIri) {
        Node onto = NodeFactory.createURI(ontologyIri);
        return ontology().find(onto, OWL2.versionIRI.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(Node::isURI).nextOptional().map(Node::getURI);
    }

    /** @return the current version number: the versionIRI's last part after {ontologyIri}/, e.g. "0.2.0" */
    public Optional<String> currentVersion(String ontologyIri) {
        return versionIri(ontologyIri).filter(v -> v.startsWith(ontologyIri + "/"))
                .map(v -> v.substring(ontologyIri.length() + 1));
    }

    /** @return the ontology in the given version: the current graph, or a kept earlier one, else empty */
    public Optional<Graph> ontologyVersion(String ontologyIri, String version) {
        if (!VERSION.matcher(version).matches()) {
            return Optional.empty();
        }
        if (currentVersion(ontologyIri).filter(version::equals).isPresent()) {
            return Optional.of(ontology());
        }
        return earlierVersions.apply(version);
    }

    private static Graph parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return RDFParser.source(in).lang(Lang.TURTLE).base(file.toUri().toString()).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
