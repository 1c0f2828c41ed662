package org.aimilestones.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Test copies of the real vocabularies the ontology aligns to, under src/test/resources/vocab/ (their source, version and
 * sha256 in SOURCES.tsv there); nothing is fetched at run time. N-Quads files are read with their graphs merged.
 */
public final class RealVocabularies {

    /** A vocabulary of the test copies: its file under /vocab/ and its namespace. */
    public enum Vocabulary {
        PROV("prov.nq", "http://www.w3.org/ns/prov#"),
        FOAF("foaf.nq", "http://xmlns.com/foaf/0.1/"),
        ORG("org.nq", "http://www.w3.org/ns/org#"),
        SKOS("skos.nq", "http://www.w3.org/2004/02/skos/core#"),
        SEM("sem.nq", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
        TIME("time.nq", "http://www.w3.org/2006/time#"),
        DCTERMS("dcterms.nq", "http://purl.org/dc/terms/"),
        VANN("vann.nq", "http://purl.org/vocab/vann/"),
        VS("vs.nq", "http://www.w3.org/2003/06/sw-vocab-status/ns#"),
        VOID("void.nq", "http://rdfs.org/ns/void#"),
        DCAT("dcat3.ttl", "http://www.w3.org/ns/dcat#"),
        SCHEMA("schemaorg-current-http.nt.gz", "http://schema.org/");

        public final String file;
        public final String namespace;

        Vocabulary(String file, String namespace) {
            this.file = file;
            this.namespace = namespace;
        }

        /** @return the vocabulary as one graph (read once) */
        public Graph graph() {
            return RealVocabularies.graph(this);
        }

        /** @return the vocabulary whose namespace the IRI is in, or null */
        public static Vocabulary of(String iri) {
            for (Vocabulary v : values()) {
                if (iri.startsWith(v.namespace)) {
                    return v;
                }
            }
            return null;
        }
    }

    private static final Map<Vocabulary, Graph> GRAPHS = new ConcurrentHashMap<>();

    private RealVocabularies() {}

    static Graph graph(Vocabulary v) {
        return GRAPHS.computeIfAbsent(v, RealVocabularies::read);
    }

    /** @return the stream of the stored file as it is (still compressed for .gz) */
    public static InputStream open(String file) {
        InputStream in = RealVocabularies.class.getResourceAsStream("/vocab/" + file);
        if (in == null) {
            throw new IllegalStateException("no test copy /vocab/" + file);
        }
        return in;
    }

    private static Graph read(Vocabulary v) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF merged = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
        try (InputStream stored = open(v.file);
                InputStream in = v.file.endsWith(".gz") ? new GZIPInputStream(stored) : stored) {
            Lang lang = v.file.contains(".nq") ? Lang.NQUADS : v.file.contains(".ttl") ? Lang.TURTLE : Lang.NTRIPLES;
            RDFParser.source(in).lang(lang).parse(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** @return the rows of SOURCES.tsv after its header: file, vocabulary, namespace, version, source, sha256 */
    public static List<String[]> sources() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = open("SOURCES.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** @return the graph without its owl:imports triples (so that no OWL tool tries to fetch anything) */
    public static Graph withoutImports(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        Node imports = org.apache.jena.vocabulary.OWL2.imports.asNode();
        graph.find().filterDrop(t -> t.getPredicate().equals(imports)).forEachRemaining(copy::add);
        return copy;
    }

    /** @return a new graph holding the triples of all the graphs */
    public static Graph union(Graph... graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Graph g : graphs) {
            g.find().forEachRemaining((Triple t) -> all.add(t));
        }
        return all;
    }
}
