package org.aimilestones.server;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The VoID and DCAT description of the dataset {@value #IRI}: what is static about it comes from the graph itself
 * (data/dataset.ttl: titles, descriptions, licence, credits, publisher, version, subsets, linksets, distributions,
 * the SPARQL service); this class adds what it computes from the data — the triple count, class and property
 * partitions, the linksets' sizes, each distribution's byte size where it is known without serializing the data
 * (the releases' frozen files and the bundled graph's dumps, which the build made) — and what depends on the
 * deployment — download URLs, the endpoint URL and the landing page, under the document base.
 *
 * <p>The computed part needs a scan of the whole graph (never a serialization of the dumps): it is done once per data
 * version ({@link #computed()}, a {@link PerVersion}), and the description for a document base is then assembled once
 * and kept, as are its documents' bytes per format ({@link #documentBytes}).
 */
final class DatasetDescription {

    /** The dataset's IRI: the same whatever host or base the description is asked for at. */
    static final String IRI = "https://w3id.org/ai-milestones/dataset";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SCHEMA = "http://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    /** The SPARQL endpoint, under the document base. */
    static final String SPARQL_PATH = "ai-milestones/sparql";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** The most document bases whose descriptions are kept per data version (forwarded hosts may vary). */
    private static final int KEPT_BASES = 16;

    /** What is computed from the data at one version; the descriptions per document base are kept with it. */
    record Computed(long version, Graph statics, long servedTriples, long assertedTriples, Map<Node, Long> classes,
            Map<Node, Long> properties, Map<Node, Long> linksetTriples, Map<String, Long> byteSizes,
            List<String> resourceNames, Map<String, Graph> byBase, Map<String, byte[]> documents) {}

    /** What {@link #computed()} is, in messages. */
    static final String WHAT = "the dataset description";

    private final ServedData data;
    private final DumpFiles dumps;
    private final PerVersion<Computed> computed;

    DatasetDescription(ServedData data, DumpFiles dumps) {
        this.data = data;
        this.dumps = dumps;
        this.computed = PerVersion.over(WHAT, data::served, this::compute);
    }

    /** Starts computing the computed part for the data as it is now, in its own thread, without waiting for it. */
    void prepare() {
        computed.prepare();
    }

    /** @return the dumps whose byte sizes the description gives */
    DumpFiles dumps() {
        return dumps;
    }

    /** @return how many times the computed part has been computed (once per data version asked for) */
    long computations() {
        return computed.computations();
    }

    /**
     * @return the computed part for the data as it is now (resourceNames: the first of them, at most as many as a
     *         sitemap lists): computed at the first call after each change (in its own
     *         thread; see {@link PerVersion})
     */
    Computed computed() {
        return computed.get();
    }

    /** @return the whole description, with document URLs under base (absolute, ending in "/"); do not change it */
    Graph describe(String base) {
        Computed c = computed();
        Graph kept = c.byBase().get(base);
        if (kept != null) {
            return kept;
        }
        Graph fresh = assemble(c, base);
        if (c.byBase().size() < KEPT_BASES) {
            Graph raced = c.byBase().putIfAbsent(base, fresh);
            return raced == null ? fresh : raced;
        }
        return fresh;
    }

    /**
     * @return the bytes of {@link #document} in lang, made once per data version and document URL (which names the
     *         base and the format)
     */
    byte[] documentBytes(String base, String docUrl, Lang lang) {
        Computed c = computed();
        byte[] kept = c.documents().get(docUrl);
        if (kept != null) {
            return kept;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, document(base, docUrl), lang);
        byte[] fresh = out.toByteArray();
        if (c.documents().size() < KEPT_BASES * VoidServlet.DOCUMENTS.size()) {
            c.documents().putIfAbsent(docUrl, fresh);
        }
        return fresh;
    }

    /**
     * @return the description as the document docUrl (dataset.ttl, …): the description plus what the document says of
     *         itself (its primary topic, its dataset, and the dataset's licence and rights)
     */
    Graph document(String base, String docUrl) {
        Graph description = describe(base);
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(description.getPrefixMapping());
        description.find().forEachRemaining(m.getGraph()::add);
        Resource dataset = m.createResource(IRI);
        Resource doc = m.createResource(docUrl)
                .addProperty(RDF.type, m.createResource(FOAF + "Document"))
                .addProperty(m.createProperty(FOAF, "primaryTopic"), dataset)
                .addProperty(m.createProperty(VOID, "inDataset"), dataset);
        for (Property p : List.of(DCTerms.license, DCTerms.rights)) {
            m.listObjectsOfProperty(dataset, p).toList().forEach(o -> doc.addProperty(p, o));
        }
        return m.getGraph();
    }

    private Computed compute(long version) {
        Graph statics = data.readAsserted(DatasetDescription::staticPart);
        long asserted = data.readAsserted(Graph::size);
        ServedFigures served = ServedFigures.of(data.served());
        Map<Node, Long> linksets = data.readAsserted(g -> linksetSizes(statics, g));
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (DumpFiles.File file : DumpFiles.files()) {
            dumps.knownByteSize(file).ifPresent(size -> sizes.put(file.path(), size));
        }
        return new Computed(version, statics, served.triples(), asserted, served.classes(), served.properties(),
                linksets, Map.copyOf(sizes), served.names(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /**
     * The static description as the graph holds it: the dataset's triples and those of what hangs from it — blank
     * nodes, IRIs under {@value #IRI}# (subsets, linksets, distributions, the service) and its creator and
     * publisher. Found by following links from the dataset, not by a scan.
     */
    static Graph staticPart(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        out.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("ds", IRI + "#");
        Node dataset = NodeFactory.createURI(IRI);
        Set<Node> follow = new HashSet<>();
        graph.find(dataset, DCTerms.creator.asNode(), Node.ANY).forEachRemaining(t -> follow.add(t.getObject()));
        graph.find(dataset, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(t -> follow.add(t.getObject()));
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(dataset));
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            graph.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || follow.contains(o) || o.isURI() && o.getURI().startsWith(IRI + "#")) {
                    todo.push(o);
                }
            });
        }
        sources(graph, dataset, out);
        return out;
    }

    /** What a source's description in the dataset's says of it: names, credit, author, place in the series, years. */
    private static final List<Node> SOURCE_FACTS = List.of(RDF.Nodes.type, RDFS.label.asNode(), RDFS.comment.asNode(),
            AIMIL.title.asNode(), DCTerms.rights.asNode(), AIMIL.creator.asNode(), AIMIL.number.asNode(),
            AIMIL.inSeries.asNode(), AIMIL.coversYear.asNode(), AIMIL.sourceLocation.asNode(), RDFS.seeAlso.asNode(),
            AIMIL.video.asNode());

    /**
     * Adds every source of graph (a resource typed aimil:Source or one of its kinds; the served graph types them all
     * aimil:Source) as the dataset's dct:source, prov:wasDerivedFrom and schema:isBasedOn, with its names and credit,
     * and the span of years the sources cover as the dataset's dct:temporal: read from the graph, so that a new
     * source's credit and years appear with no other change. Read with {@link Sources}, as the pages read them.
     */
    private static void sources(Graph graph, Node dataset, Graph out) {
        Sources sources = new Sources(graph);
        for (SourceDocument doc : sources.all()) {
            Node source = doc.iri();
            for (Node p : List.of(DCTerms.source.asNode(), NodeFactory.createURI(PROV + "wasDerivedFrom"),
                    NodeFactory.createURI(SCHEMA + "isBasedOn"))) {
                out.add(Triple.create(dataset, p, source));
            }
            for (Node p : SOURCE_FACTS) {
                graph.find(source, p, Node.ANY).forEachRemaining(out::add);
            }
        }
        sources.span().ifPresent(span -> {
            Node period = NodeFactory.createURI(IRI + "#period");
            out.add(Triple.create(dataset, DCTerms.temporal.asNode(), period));
            out.add(Triple.create(period, RDF.Nodes.type, DCTerms.PeriodOfTime.asNode()));
            out.add(Triple.create(period, NodeFactory.createURI(DCAT + "startDate"),
                    NodeFactory.createLiteralDT(Integer.toString(span.from()), XSDDatatype.XSDgYear)));
            out.add(Triple.create(period, NodeFactory.createURI(DCAT + "endDate"),
                    NodeFactory.createLiteralDT(Integer.toString(span.to()), XSDDatatype.XSDgYear)));
        });
    }

    /**
     * The size of each void:Linkset of the static description: the asserted triples whose predicate is one of its
     * void:linkPredicate, whose subject is under its subjects target's void:uriSpace and whose object is under its
     * objects target's.
     */
    private static Map<Node, Long> linksetSizes(Graph statics, Graph asserted) {
        Map<Node, Long> sizes = new LinkedHashMap<>();
        Node linkset = NodeFactory.createURI(VOID + "Linkset");
        for (Triple typed : statics.find(Node.ANY, RDF.Nodes.type, linkset).toList()) {
            Node set = typed.getSubject();
            List<String> subjects = uriSpaces(statics, set, "subjectsTarget");
            List<String> objects = uriSpaces(statics, set, "objectsTarget");
            long n = 0;
            for (Triple p : statics.find(set, NodeFactory.createURI(VOID + "linkPredicate"), Node.ANY).toList()) {
                for (var it = asserted.find(Node.ANY, p.getObject(), Node.ANY); it.hasNext();) {
                    Triple t = it.next();
                    if (under(t.getSubject(), subjects) && under(t.getObject(), objects)) {
                        n++;
                    }
                }
            }
            sizes.put(set, n);
        }
        return sizes;
    }

    private static List<String> uriSpaces(Graph statics, Node linkset, String target) {
        return statics.find(linkset, NodeFactory.createURI(VOID + target), Node.ANY).toList().stream()
                .flatMap(t -> statics.find(t.getObject(), NodeFactory.createURI(VOID + "uriSpace"), Node.ANY)
                        .toList().stream())
                .map(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    private static boolean under(Node node, List<String> spaces) {
        return node.isURI() && spaces.stream().anyMatch(node.getURI()::startsWith);
    }

    private static Graph assemble(Computed c, String base) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(c.statics().getPrefixMapping());
        c.statics().find().forEachRemaining(m.getGraph()::add);
        Resource dataset = m.createResource(IRI);
        Resource endpoint = m.createResource(base + SPARQL_PATH);
        // typed here too, so that data without data/dataset.ttl (serve --data DIR) is still described as a dataset
        dataset.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(m.createProperty(VOID, "triples"), count(c.servedTriples()))
                .addProperty(m.createProperty(VOID, "classes"), count(c.classes().size()))
                .addProperty(m.createProperty(VOID, "properties"), count(c.properties().size()))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), endpoint)
                .addProperty(m.createProperty(DCAT, "landingPage"), m.createResource(base));
        partitions(m, dataset, "classPartition", "class", "entities", c.classes());
        partitions(m, dataset, "propertyPartition", "property", "triples", c.properties());
        for (RDFNode service : m.listObjectsOfProperty(dataset, m.createProperty(DCAT, "accessService")).toList()) {
            service.asResource().addProperty(m.createProperty(DCAT, "endpointURL"), endpoint)
                    .addProperty(m.createProperty(DCAT, "endpointDescription"), endpoint);
        }
        c.linksetTriples().forEach((set, n) -> m.createResource(set.getURI())
                .addProperty(m.createProperty(VOID, "triples"), count(n)));
        for (DumpFiles.File file : DumpFiles.files()) {
            Resource url = m.createResource(base + "dumps/" + file.path());
            Resource distribution = m.createResource(distribution(file));
            m.createResource(holder(file)).addProperty(m.createProperty(DCAT, "distribution"), distribution)
                    .addProperty(m.createProperty(VOID, "dataDump"), url);
            distribution.addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), url)
                    .addProperty(m.createProperty(DCAT, "accessURL"), url)
                    .addProperty(m.createProperty(DCAT, "mediaType"),
                            m.createResource(MEDIA_TYPES + file.dump().mediaType()))
                    .addProperty(DCTerms.format, m.createResource(FORMATS + format(file.dump().format())));
            Long size = c.byteSizes().get(file.path()); // known without serializing the data, or left out
            if (size != null) {
                distribution.addProperty(m.createProperty(DCAT, "byteSize"), ResourceFactory.createTypedLiteral(
                        Long.toString(size), XSDDatatype.XSDnonNegativeInteger));
            }
        }
        return m.getGraph();
    }

    /**
     * @return the IRI of what file is a distribution of: the dataset for the latest dumps, the release (a version of
     *         the dataset, {@value #IRI}#release-{version}, dct:isVersionOf the dataset) for its frozen copies
     */
    static String holder(DumpFiles.File file) {
        int slash = file.path().indexOf('/');
        return slash < 0 ? IRI : IRI + "#release-" + file.path().substring(0, slash);
    }

    /** @return the IRI of the distribution that is file (latest or released), under the dataset's IRI */
    static String distribution(DumpFiles.File file) {
        return IRI + "#dump-" + file.path();
    }

    private static String format(ExportFormat format) {
        return switch (format) {
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF_XML";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
        };
    }

    static int byString(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }

    private static void partitions(Model m, Resource dataset, String partition, String key, String measure,
            Map<Node, Long> counts) {
        Property partitionProperty = m.createProperty(VOID, partition);
        counts.forEach((node, n) -> {
            if (node.isURI()) {
                dataset.addProperty(partitionProperty, m.createResource()
                        .addProperty(m.createProperty(VOID, key), m.createResource(node.getURI()))
                        .addProperty(m.createProperty(VOID, measure), count(n)));
            }
        });
    }

    static Literal count(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
