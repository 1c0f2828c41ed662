package org.aimilestones.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aimilestones.vocab.AIMIL;
import org.aimilestones.vocab.Prefixes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * VoID and DCAT description of the served dataset: its size, class and property partitions, SPARQL endpoint, the
 * dumps as distributions, its source (the slide deck) and the deck's credit as dct:rights. The deck states no
 * licence, so no dct:license is ever given.
 */
final class DatasetDescription {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String CREDIT = "© ZOMI, GitHub chenzomi12/AIFoundation, 07News/06History/2014.pptx; the author"
            + " asks that reuse of the slides name the source; no licence is stated";
    static final String DECK = AIMIL.RESOURCE_NS + "ai-milestones-2012-2014";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private DatasetDescription() {}

    /**
     * @param served          the served triples, with the RDFS entailments
     * @param assertedTriples the number of asserted triples
     * @param base            the server's base URL, ending with "/"
     */
    static Graph describe(Graph served, long assertedTriples, String base) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.asMap());
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT);
        Resource dataset = m.createResource(base + ".well-known/void#ai-milestones")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("AI Milestones: AI milestones 2012–2014", "en"))
                .addProperty(DCTerms.description, m.createLiteral("A knowledge graph of the AI milestones of"
                        + " 2012–2014, from ZOMI's slide deck, served with its RDFS entailments.", "en"))
                .addProperty(DCTerms.source, m.createResource(DECK))
                .addProperty(DCTerms.rights, CREDIT)
                .addProperty(m.createProperty(VOID, "uriSpace"), AIMIL.RESOURCE_NS)
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(AIMIL.NS))
                .addProperty(m.createProperty(VOID, "triples"), count(served.size()));
        Resource endpoint = m.createResource(base + "ai-milestones/sparql");
        dataset.addProperty(m.createProperty(VOID, "sparqlEndpoint"), endpoint);
        dataset.addProperty(m.createProperty(DCAT, "accessService"), m.createResource()
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), endpoint)
                .addProperty(m.createProperty(DCAT, "servesDataset"), dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")));
        Map<Node, Long> classes = countBy(served.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList(), false);
        Map<Node, Long> properties = countBy(served.find().toList(), true);
        dataset.addProperty(m.createProperty(VOID, "classes"), count(classes.size()));
        dataset.addProperty(m.createProperty(VOID, "properties"), count(properties.size()));
        partitions(m, dataset, "classPartition", "class", "entities", classes);
        partitions(m, dataset, "propertyPartition", "property", "triples", properties);
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            Resource file = m.createResource(base + "dumps/" + dump.file());
            dataset.addProperty(m.createProperty(VOID, "dataDump"), file);
            dataset.addProperty(m.createProperty(DCAT, "distribution"), file
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), file)
                    .addProperty(m.createProperty(DCAT, "mediaType"), m.createResource(MEDIA_TYPES + dump.mediaType()))
                    .addProperty(DCTerms.description, m.createLiteral(dump.inferred()
                            ? "All served triples: the asserted ones and their RDFS entailments."
                            : "The asserted triples only (ontology and data files).", "en"))
                    .addProperty(m.createProperty(VOID, "triples"), count(dump.inferred() ? served.size() : assertedTriples))
                    .addProperty(DCTerms.rights, CREDIT));
        }
        return m.getGraph();
    }

    private static Map<Node, Long> countBy(List<Triple> triples, boolean byPredicate) {
        Map<Node, Long> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Triple t : triples) {
            counts.merge(byPredicate ? t.getPredicate() : t.getObject(), 1L, Long::sum);
        }
        return counts;
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
