package org.aimilestones.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** HermiT on the real ontology: consistent alone and with valid data, inconsistent on a disjointness clash. */
class OwlConsistencyCheckTest {

    private final OwlConsistencyCheck check = new OwlConsistencyCheck();

    @Test
    void ontologyAloneIsConsistent() {
        OwlConsistencyCheck.Result result = check.check(Fixtures.ontology(), GraphFactory.createDefaultGraph(),
                Fixtures.prefixes());
        assertTrue(result.consistent(), () -> result.findings().toString());
        assertTrue(result.findings().stream().noneMatch(f -> f.severity() == Severity.VIOLATION));
    }

    @Test
    void validDataIsConsistentDespiteGYearLiterals() {
        Graph data = Fixtures.read(Fixtures.SHACL.resolve("valid/graph.ttl"));
        assertTrue(check.check(Fixtures.ontology(), data, Fixtures.prefixes()).consistent());
    }

    @Test
    void personThatIsAlsoAnOrganizationIsInconsistent() {
        Graph data = Fixtures.read(Fixtures.OWL.resolve("person-and-organization.ttl"));
        OwlConsistencyCheck.Result result = check.check(Fixtures.ontology(), data, Fixtures.prefixes());
        assertFalse(result.consistent());
        Finding clash = result.findings().stream().filter(f -> f.severity() == Severity.VIOLATION)
                .findFirst().orElseThrow();
        assertEquals(NodeFactory.createURI("https://w3id.org/ai-milestones/resource/sam"), clash.focusNode());
        assertTrue(clash.message().contains("aimil:Person") && clash.message().contains("aimil:Organization"),
                clash.message());
    }
}
