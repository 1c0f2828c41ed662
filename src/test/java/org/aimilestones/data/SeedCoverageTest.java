package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statement of the seed deck, listed in seed-coverage.tsv, is held by the graph: its ASK answers true. */
class SeedCoverageTest {

    private static final String PREFIXES = """
            PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
            PREFIX res: <https://w3id.org/ai-milestones/resource/>
            PREFIX deck: <https://w3id.org/ai-milestones/resource/ai-milestones-2012-2014/>
            PREFIX yt: <https://w3id.org/ai-milestones/resource/youtube/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX schema: <http://schema.org/>
            """;

    static Stream<Arguments> statements() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/seed-coverage.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 3))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
    }

    @ParameterizedTest(name = "slide {0}: {1}")
    @MethodSource("statements")
    void graphHoldsTheStatement(String slide, String statement, String ask) {
        try (QueryExecution exec = QueryExecution
                .model(ModelFactory.createModelForGraph(ShippedGraph.get().inferred()))
                .query(PREFIXES + ask).build()) {
            assertTrue(exec.execAsk(), () -> "slide " + slide + " says \"" + statement + "\", but no answer to: " + ask);
        }
    }
}
