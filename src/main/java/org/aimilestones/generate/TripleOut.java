package org.aimilestones.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.aimilestones.load.ProgressMonitor;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Where the generator writes: a triple stream that counts what it is sent, with shorthands for ai-milestones's usual shapes. */
final class TripleOut {

    private final StreamRDF stream;
    private final ProgressMonitor progress;
    private final SplittableRandom random;
    private final Set<Triple> writtenInBlock = new HashSet<>();
    private long count;

    TripleOut(StreamRDF stream, ProgressMonitor progress, SplittableRandom random) {
        this.stream = stream;
        this.progress = progress;
        this.random = random;
    }

    /** @return the random source every synthetic choice is drawn from, so one seed fixes the output */
    SplittableRandom random() {
        return random;
    }

    /** Ends a block: the next one starts with an empty set of written triples. */
    void endBlock() {
        writtenInBlock.clear();
    }

    /** @return the triples written so far */
    long count() {
        return count;
    }

    /**
     * Writes the triple unless the current block already wrote it. A block only writes about its own fresh resources,
     * so this keeps the whole output free of duplicates and its line count equal to its triple count.
     */
    void add(Triple triple) {
        if (!writtenInBlock.add(triple)) {
            return;
        }
        stream.triple(triple);
        count++;
        progress.tick();
    }

    void add(Node subject, Property property, Node object) {
        add(Triple.create(subject, property.asNode(), object));
    }

    void add(Node subject, Property property, Resource object) {
        add(subject, property, object.asNode());
    }

    void type(Node subject, Resource type) {
        add(subject, RDF.type, type);
    }

    /** Writes the value in English and in Chinese. */
    void bilingual(Node subject, Property property, String english, String chinese) {
        add(subject, property, NodeFactory.createLiteralLang(english, "en"));
        add(subject, property, NodeFactory.createLiteralLang(chinese, "zh"));
    }

    /** Writes rdfs:label and rdfs:comment in both languages. */
    void describe(Node subject, String labelEn, String labelZh, String commentEn, String commentZh) {
        bilingual(subject, RDFS.label, labelEn, labelZh);
        bilingual(subject, RDFS.comment, commentEn, commentZh);
    }

    void literal(Node subject, Property property, String lexical, RDFDatatype type) {
        add(subject, property, NodeFactory.createLiteralDT(lexical, type));
    }

    /** Writes the date of an event: aimil:date, aimil:sortDate and aimil:datePrecision unless undated, and its basis. */
    void eventDate(Node event, SyntheticDate date) {
        if (date.dated()) {
            add(event, AIMIL.date, date.literal());
            add(event, AIMIL.sortDate, date.firstDayLiteral());
            add(event, AIMIL.datePrecision, date.precision());
        }
        add(event, AIMIL.dateBasis, date.basis());
    }

    /** @return one of the nodes, drawn at random */
    Node pick(List<Node> nodes) {
        return nodes.get(random.nextInt(nodes.size()));
    }

    /** @return a number from 0 to bound inclusive, drawn at random */
    long upTo(long bound) {
        return random.nextLong(bound + 1);
    }

    /** @return true with the given chance, in percent */
    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
