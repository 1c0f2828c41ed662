package org.aimilestones.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SHACL and HermiT together, and the printed report. */
class ValidatorTest {

    private static Validator validator;

    @BeforeAll
    static void load() {
        validator = new Validator(Fixtures.ontology(), Fixtures.shapes());
    }

    private static ValidationReport validate(String fixture) {
        return validator.validate(Fixtures.read(Fixtures.SHACL.resolve(fixture)), Fixtures.prefixes());
    }

    private static String print(ValidationReport report) {
        StringWriter out = new StringWriter();
        report.print(new PrintWriter(out), Fixtures.prefixes());
        return out.toString();
    }

    @Test
    void validGraphPasses() {
        ValidationReport report = validate("valid/graph.ttl");
        assertTrue(report.passed(), () -> print(report));
        assertTrue(print(report).endsWith(
                "Conforms: yes — 0 violations, 0 warnings; OWL 2 consistency (HermiT): consistent\n"));
    }

    @Test
    void reportNamesFocusNodePathAndMessage() {
        ValidationReport report = validate("invalid/event-missing-zh-label.ttl");
        String text = print(report);
        assertFalse(report.passed());
        assertEquals(1, report.count(Severity.VIOLATION));
        assertTrue(text.contains("VIOLATION  res:event  rdfs:label\n    rdfs:label has no @zh value\n"), text);
        assertTrue(text.contains("Conforms: no — 1 violations, 0 warnings; OWL 2 consistency (HermiT): consistent"));
    }

    @Test
    void sparqlMessagesShowTheValues() {
        ValidationReport report = validator.validate(Fixtures.read(
                Fixtures.SHACL_SPARQL.resolve("invalid/event-sort-date-other-year.ttl")), Fixtures.prefixes());
        String text = print(report);
        assertEquals(1, report.count(Severity.VIOLATION), text);
        assertTrue(text.contains("VIOLATION  res:event  aimil:sortDate\n    aimil:sortDate 2016-12-01 does not lie in "
                + "the period of aimil:date 2015-12\n"), text);
    }

    @Test
    void dateRulesOnTheDateBasisSayWhatIsWrong() {
        String text = print(validate("invalid/event-sort-date-mismatch.ttl"));
        assertTrue(text.contains("VIOLATION  res:event\n    aimil:sortDate is not the first day of aimil:date\n"), text);
        text = print(validate("invalid/event-precision-mismatch.ttl"));
        assertTrue(text.contains("aimil:datePrecision does not match aimil:date: time:unitYear for an xsd:gYear, "
                + "time:unitMonth for an xsd:gYearMonth, time:unitDay for an xsd:date"), text);
        text = print(validate("invalid/event-missing-date.ttl"));
        assertTrue(text.contains("event that is not aimil:Undated or aimil:DateDisputed needs an aimil:date, an aimil:sortDate and an "
                + "aimil:datePrecision"), text);
    }

    @Test
    void disjointnessClashFailsOnlyTheOwlCheck() {
        Graph data = Fixtures.read(Fixtures.OWL.resolve("person-and-organization.ttl"));
        ValidationReport report = validator.validate(data, Fixtures.prefixes());
        assertFalse(report.consistent());
        assertFalse(report.passed());
        assertTrue(print(report).contains("res:sam\n    OWL 2 (HermiT): is an instance of both aimil:Person and "
                + "aimil:Organization, which are disjoint"), () -> print(report));
    }
}
