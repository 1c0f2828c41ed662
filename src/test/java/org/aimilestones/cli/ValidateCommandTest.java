package org.aimilestones.cli;

import static org.aimilestones.testing.CliRun.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ai-milestones validate on data folders: conforming, non-conforming, inconsistent and unparsable. */
class ValidateCommandTest {

    private static final Path SHACL = Path.of("src/test/resources/shacl");

    @TempDir
    Path tmp;


    /** A data folder holding just the given fixture file. */
    private Path dataWith(Path fixture) throws IOException {
        Files.copy(fixture, tmp.resolve(fixture.getFileName()));
        return tmp;
    }

    @Test
    void validDataConforms() {
        CliRun run = cli("validate", "--data", SHACL.resolve("valid").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(
                "Conforms: yes — 0 violations, 0 warnings; OWL 2 consistency (HermiT): consistent"), run.out());
    }

    @Test
    void invalidDataFailsNamingFocusNodeAndMessage() throws IOException {
        CliRun run = cli("validate", "--data", dataWith(SHACL.resolve("invalid/person-missing-zh-comment.ttl")).toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("VIOLATION  res:ilya  rdfs:comment\n    rdfs:comment has no @zh value"), run.out());
        assertTrue(run.out().contains("Conforms: no — 1 violations"), run.out());
    }

    @Test
    void validateRunsTheShaclSparqlShapesToo() throws IOException {
        CliRun run = cli("validate", "--data",
                dataWith(Path.of("src/test/resources/shacl-sparql/invalid/event-sort-date-other-year.ttl")).toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("VIOLATION  res:event  aimil:sortDate\n    aimil:sortDate 2016-12-01 does not lie"
                + " in the period of aimil:date 2015-12"), run.out());
        assertTrue(run.out().contains("Conforms: no — 1 violations"), run.out());
    }

    @Test
    void inconsistentDataFails() throws IOException {
        CliRun run = cli("--data", dataWith(Path.of("src/test/resources/owl/person-and-organization.ttl")).toString(),
                "validate");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("OWL 2 consistency (HermiT): inconsistent"), run.out());
    }

    @Test
    void brokenTurtleShowsFileLineAndColumn() {
        Fixture.write(tmp, "broken.ttl", "@prefix res: <https://w3id.org/ai-milestones/resource/> .\n\nres:a res:b .\n");
        CliRun run = cli("validate", "--data", tmp.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith(tmp.resolve("broken.ttl") + ":3:"), run.err());
        assertTrue(run.err().matches("(?s).*broken\\.ttl:3:\\d+: .*"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, cli("validate", "--strictly").exitCode());
    }
}
