package org.aimilestones.web;

import java.util.Set;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The groups of a resource page, each fact in one of them: what it is, when, who and what it involves, where it is
 * stated, its links outside the graph and its rights; {@link #SHOWN_APART} for what the page shows in its own place
 * (the heading's labels, the lead's comment, the sources) or not at all (materialized copies, hidden labels).
 */
enum FactGroup {
    WHAT("what", "What it is", "是什么"),
    WHEN("when", "When", "时间"),
    RELATIONS("relations", "Who and what it involves", "相关的人与事"),
    STATED("stated", "Where it is stated", "出处"),
    EXTERNAL("external", "External links", "外部链接"),
    RIGHTS("rights", "Rights and credit", "版权与署名"),
    SHOWN_APART("", "", "");

    final String id;
    final String en;
    final String zh;

    FactGroup(String id, String en, String zh) {
        this.id = id;
        this.en = en;
        this.zh = zh;
    }

    private static final String SCHEMA = "http://schema.org/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private static final Set<Node> APART = Set.of(RDF.type.asNode(), RDFS.label.asNode(), RDFS.comment.asNode(),
            schema("name"), schema("description"), SKOS.hiddenLabel.asNode(), AIMIL.statedIn.asNode(),
            AIMIL.quote.asNode());
    private static final Set<Node> TIME = Set.of(AIMIL.date.asNode(), AIMIL.dateBasis.asNode(),
            AIMIL.datePrecision.asNode(), AIMIL.sortDate.asNode(), AIMIL.foundingDate.asNode(),
            AIMIL.coversYear.asNode(), AIMIL.sectionYear.asNode(), AIMIL.startOffset.asNode(),
            AIMIL.dateChecked.asNode(), AIMIL.claimedDate.asNode());
    private static final Set<Node> OUTSIDE = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode(),
            SKOS.closeMatch.asNode(), SKOS.relatedMatch.asNode(), SKOS.broadMatch.asNode(),
            SKOS.narrowMatch.asNode(), RDFS.seeAlso.asNode(), NodeFactory.createURI(FOAF + "homepage"),
            NodeFactory.createURI(FOAF + "page"), DCTerms.isReferencedBy.asNode(), DCTerms.references.asNode(),
            AIMIL.evidence.asNode(), AIMIL.video.asNode(), AIMIL.watchUrl.asNode(), schema("url"),
            schema("sameAs"));
    private static final Set<Node> CREDIT = Set.of(DCTerms.rights.asNode(), DCTerms.license.asNode(),
            DCTerms.rightsHolder.asNode(), DCTerms.bibliographicCitation.asNode());
    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDdateTime.getURI(), XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDgYearMonth.getURI());

    /** @return the group of an outgoing triple's property and object */
    static FactGroup of(Node property, Node object) {
        if (APART.contains(property)) {
            return SHOWN_APART;
        }
        if (TIME.contains(property) || object.isLiteral() && DATE_TYPES.contains(object.getLiteralDatatypeURI())) {
            return WHEN;
        }
        if (OUTSIDE.contains(property)) {
            return EXTERNAL;
        }
        if (CREDIT.contains(property)) {
            return RIGHTS;
        }
        return object.isLiteral() ? WHAT : RELATIONS;
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }
}
