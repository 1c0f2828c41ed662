package org.aimilestones.web;

import java.util.Comparator;
import java.util.List;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The documentation page of the ai-milestones ontology, in the manner of Widoco or pyLODE: an overview (IRI, version,
 * namespace, prefix), then a section per class, property and named individual, anchored by local name.
 */
final class OntologyPage {

    private static final String VANN = "http://purl.org/vocab/vann/";

    /** A kind of term, documented in its own part of the page. */
    private record Kind(Node type, String en, String zh) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(OWL2.Class.asNode(), "Classes", "类"),
            new Kind(OWL2.ObjectProperty.asNode(), "Object properties", "对象属性"),
            new Kind(OWL2.DatatypeProperty.asNode(), "Datatype properties", "数据属性"),
            new Kind(OWL2.NamedIndividual.asNode(), "Named individuals", "命名个体"));

    private final Graph ontology;
    private final PageLayout layout;
    private final NodeLinks links;
    private final Texts texts;

    OntologyPage(Graph ontology, IriMapping iris, PageLayout layout) {
        this.ontology = ontology;
        this.layout = layout;
        this.links = new NodeLinks(ontology, iris);
        this.texts = links.texts();
    }

    /** @return the page, showing lang first, with the head of its document (canonical, alternates, JSON-LD) */
    String render(String lang, PageLayout.Head head) {
        Node onto = AIMIL.ONTOLOGY.asNode();
        return layout.render("ontology", lang, texts.label(onto, "en"), texts.label(onto, "zh"), head, html -> {
            writeOverview(html);
            for (Kind kind : KINDS) {
                writeContents(html, kind);
            }
            for (Kind kind : KINDS) {
                html.bilingual("h2", kind.en(), kind.zh());
                terms(kind.type()).forEach(term -> writeTerm(html, term));
            }
        });
    }

    private void writeOverview(Html html) {
        Node onto = AIMIL.ONTOLOGY.asNode();
        html.open("h1");
        texts.write(html, onto, DCTerms.title.asNode());
        html.close("h1").element("p", onto.getURI(), "class", "iri");
        html.open("p", "class", "comment");
        texts.write(html, onto, RDFS.comment.asNode());
        html.close("p").raw("<dl class=\"facts\">\n");
        literalFact(html, "Version", "版本", onto, OWL2.versionInfo.asNode());
        nodeFact(html, "Version IRI", "版本 IRI", objects(onto, OWL2.versionIRI.asNode()));
        literalFact(html, "Namespace", "命名空间", onto, NodeFactory.createURI(VANN + "preferredNamespaceUri"));
        literalFact(html, "Prefix", "前缀", onto, NodeFactory.createURI(VANN + "preferredNamespacePrefix"));
        nodeFact(html, "Creator", "作者", objects(onto, DCTerms.creator.asNode()));
        html.raw("</dl>\n");
    }

    private void writeContents(Html html, Kind kind) {
        html.open("nav", "class", "contents");
        html.bilingual("h3", kind.en(), kind.zh());
        html.raw("<ul>");
        for (Node term : terms(kind.type())) {
            html.raw("<li>").open("a", "href", "#" + term.getLocalName());
            texts.writeLabel(html, term);
            html.close("a").raw(" ").element("code", "aimil:" + term.getLocalName()).raw("</li>");
        }
        html.raw("</ul></nav>\n");
    }

    private void writeTerm(Html html, Node term) {
        html.open("section", "class", "term", "id", term.getLocalName()).open("h3");
        texts.writeLabel(html, term);
        html.close("h3").element("p", term.getURI(), "class", "iri").open("p", "class", "comment");
        texts.write(html, term, RDFS.comment.asNode());
        html.close("p").raw("<dl class=\"facts\">\n");
        Node sub = RDFS.subClassOf.asNode();
        Node subProperty = RDFS.subPropertyOf.asNode();
        Node disjoint = OWL2.disjointWith.asNode();
        nodeFact(html, "Type", "类型", objects(term, RDF.type.asNode()));
        nodeFact(html, "Superclasses", "父类", objects(term, sub));
        nodeFact(html, "Subclasses", "子类", subjects(sub, term));
        nodeFact(html, "Disjoint with", "不相交于", union(objects(term, disjoint), subjects(disjoint, term)));
        nodeFact(html, "Members", "成员", subjects(RDF.type.asNode(), term));
        nodeFact(html, "Domain", "定义域", objects(term, RDFS.domain.asNode()));
        nodeFact(html, "Range", "值域", objects(term, RDFS.range.asNode()));
        nodeFact(html, "Super-properties", "父属性", objects(term, subProperty));
        nodeFact(html, "Sub-properties", "子属性", subjects(subProperty, term));
        nodeFact(html, "Properties with this domain", "以此为定义域的属性", subjects(RDFS.domain.asNode(), term));
        nodeFact(html, "Properties with this range", "以此为值域的属性", subjects(RDFS.range.asNode(), term));
        html.raw("</dl>");
        if (ontology.contains(term, RDF.type.asNode(), OWL2.Class.asNode())) {
            html.raw("<p class=\"term-query\">").linkBoth(links.local("query?query=" + java.net.URLEncoder.encode(
                    instancesQuery(term), java.nio.charset.StandardCharsets.UTF_8)),
                    "List its instances in the SPARQL editor", "在 SPARQL 编辑器中列出其实例").raw("</p>");
        }
        html.raw("</section>\n");
    }

    /** @return a SELECT of the instances of a class with their English and Chinese labels */
    static String instancesQuery(Node cls) {
        return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?instance ?label_en ?label_zh WHERE {\n"
                + "  ?instance a <" + cls.getURI() + "> .\n"
                + "  OPTIONAL { ?instance rdfs:label ?label_en FILTER(langMatches(lang(?label_en), \"en\")) }\n"
                + "  OPTIONAL { ?instance rdfs:label ?label_zh FILTER(langMatches(lang(?label_zh), \"zh\")) }\n"
                + "}\nORDER BY ?label_en ?instance\nLIMIT 1000\n";
    }

    private void literalFact(Html html, String en, String zh, Node subject, Node property) {
        if (ontology.contains(subject, property, Node.ANY)) {
            html.bilingual("dt", en, zh);
            html.raw("<dd>");
            texts.write(html, subject, property);
            html.raw("</dd>\n");
        }
    }

    private void nodeFact(Html html, String en, String zh, List<Node> values) {
        if (values.isEmpty()) {
            return;
        }
        html.bilingual("dt", en, zh);
        html.raw("<dd>");
        for (Node v : values) {
            html.raw("<span class=\"v\">");
            links.write(html, v);
            html.raw("</span>");
        }
        html.raw("</dd>\n");
    }


    /** @return the ai-milestones terms typed as type, by local name */
    private List<Node> terms(Node type) {
        return subjects(RDF.type.asNode(), type).stream().filter(n -> n.getURI().startsWith(AIMIL.NS)).toList();
    }

    private List<Node> objects(Node subject, Node property) {
        return sorted(ontology.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).toList());
    }

    private List<Node> subjects(Node property, Node object) {
        return sorted(ontology.find(Node.ANY, property, object).mapWith(t -> t.getSubject()).toList());
    }

    private static List<Node> union(List<Node> a, List<Node> b) {
        return sorted(java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList());
    }

    private static List<Node> sorted(List<Node> nodes) {
        return nodes.stream().filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
    }
}
