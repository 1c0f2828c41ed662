package org.aimilestones.generate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** A date as ai-milestones keeps it: the value at its precision (gYear or gYearMonth), its first day, precision and basis. */
record SyntheticDate(String lexical, RDFDatatype type, LocalDate firstDay, Resource precision, Resource basis) {

    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Resource UNIT_YEAR = ResourceFactory.createResource(TIME + "unitYear");
    private static final Resource UNIT_MONTH = ResourceFactory.createResource(TIME + "unitMonth");

    /** No date at all (aimil:Undated). */
    static SyntheticDate undated() {
        return new SyntheticDate(null, null, null, null, AIMIL.Undated);
    }

    /** A year, stated or taken from the section. */
    static SyntheticDate year(int year, Resource basis) {
        return new SyntheticDate(String.format(Locale.ROOT, "%04d", year), XSDDatatype.XSDgYear, LocalDate.of(year, 1, 1),
                UNIT_YEAR, basis);
    }

    /** A stated month. */
    static SyntheticDate month(int year, int month) {
        return new SyntheticDate(String.format(Locale.ROOT, "%04d-%02d", year, month), XSDDatatype.XSDgYearMonth,
                LocalDate.of(year, month, 1), UNIT_MONTH, AIMIL.DateStated);
    }

    /** An event date in the year of its section, in the mix of the real data: mostly stated, some undated. */
    static SyntheticDate forEvent(int sectionYear, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return undated();
        }
        if (roll < 53) {
            return month(sectionYear, 1 + random.nextInt(12));
        }
        return year(sectionYear, roll < 78 ? AIMIL.DateStated : AIMIL.DateFromSection);
    }

    /** A stated founding date up to ten years before the given year, a year or a month. */
    static SyntheticDate founding(int beforeYear, SplittableRandom random) {
        int year = beforeYear - random.nextInt(11);
        return random.nextBoolean() ? year(year, AIMIL.DateStated) : month(year, 1 + random.nextInt(12));
    }

    boolean dated() {
        return lexical != null;
    }

    /** @return the date as a typed literal; only for a dated date */
    Node literal() {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** @return the first day as an xsd:date literal; only for a dated date */
    Node firstDayLiteral() {
        return NodeFactory.createLiteralDT(firstDay.toString(), XSDDatatype.XSDdate);
    }
}
