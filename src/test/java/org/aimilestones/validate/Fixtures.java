package org.aimilestones.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;

/** The project's ontology and shapes, and the test fixtures, read with plain Jena. */
final class Fixtures {

    static final Path ONTOLOGY = Path.of("ontology/ai-milestones.ttl");
    static final Path SHAPES = Path.of("ontology/shapes.ttl");
    static final Path SPARQL_SHAPES = Path.of("ontology/shapes-sparql.ttl");
    static final Path SHACL = Path.of("src/test/resources/shacl");
    static final Path SHACL_SPARQL = Path.of("src/test/resources/shacl-sparql");
    static final Path OWL = Path.of("src/test/resources/owl");

    private Fixtures() {
    }

    static Graph ontology() {
        return read(ONTOLOGY);
    }

    /** Both shapes files, SHACL Core and SHACL-SPARQL, as `ai-milestones validate` runs them. */
    static Graph shapes() {
        Graph all = read(SHAPES);
        RDFDataMgr.read(all, SPARQL_SHAPES.toString());
        return all;
    }

    /** ontology/shapes.ttl alone: the SHACL Core shapes. */
    static Graph coreShapes() {
        return read(SHAPES);
    }

    static Graph read(Path file) {
        return RDFDataMgr.loadGraph(file.toString());
    }

    /** Ontology prefixes plus res: and sh:, for rendering. */
    static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(ontology().getPrefixMapping())
                .setNsPrefix("res", "https://w3id.org/ai-milestones/resource/")
                .setNsPrefix("aimilsh", "https://w3id.org/ai-milestones/shapes#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
    }

    /** The data fixtures (not the expected reports) in a folder under src/test/resources/shacl. */
    static List<Path> dataFiles(String folder) {
        return dataFiles(SHACL.resolve(folder));
    }

    /** The data fixtures (not the expected reports) in a folder. */
    static List<Path> dataFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".ttl") && !p.toString().endsWith(".expected.ttl"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NAME.expected.ttl next to NAME.ttl. */
    static Path expectedReport(Path data) {
        String name = data.getFileName().toString().replaceFirst("\\.ttl$", ".expected.ttl");
        return data.resolveSibling(name);
    }
}
