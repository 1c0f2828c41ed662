package org.aimilestones.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.RealVocabularies.Vocabulary;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * schema.org has no OWL axioms to reason with, only schema:domainIncludes and schema:rangeIncludes: SPARQL checks
 * every schema.org triple of the inferred graph (what RDFS inference under the ontology, and the build's
 * schema:name/description step, put there) against them in the real schema.org release (test copy, see
 * src/test/resources/vocab/SOURCES.tsv), following schema.org's own rdfs:subClassOf hierarchy. Literals are mapped
 * to schema.org's data types by the table in {@link #LITERALS}.
 */
class SchemaOrgUsageTest {

    private static final String DATA = "urn:x-ai-milestones:test:inferred";
    private static final String SCHEMA = "urn:x-ai-milestones:test:schema.org";

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            """;

    /**
     * The schema.org data type of each literal datatype the graph uses. xsd:gYear and xsd:gYearMonth are dates at the
     * precision the source gives, which schema:Date (an ISO 8601 date) allows.
     */
    static final String LITERALS = """
            VALUES (?datatype ?schemaType) {
              (xsd:string schema:Text) (rdf:langString schema:Text) (xsd:integer schema:Integer)
              (xsd:decimal schema:Number) (xsd:boolean schema:Boolean) (xsd:date schema:Date)
              (xsd:gYear schema:Date) (xsd:gYearMonth schema:Date) (xsd:dateTime schema:DateTime)
              (xsd:duration schema:Duration) (xsd:anyURI schema:URL)
            }
            """;

    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        Graph inferred = KnowledgeGraph.load(GraphSource.directory(Path.of("."))).inferred();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(NodeFactory.createURI(DATA), inferred);
        dsg.addGraph(NodeFactory.createURI(SCHEMA), Vocabulary.SCHEMA.graph());
        dataset = DatasetFactory.wrap(dsg);
    }

    @Test
    void theGraphHasSchemaOrgTriplesToCheck() {
        List<String> rows = select(dataset, "SELECT ?p WHERE { GRAPH <" + DATA + "> { ?s ?p ?o } "
                + "FILTER(?p IN (schema:name, schema:description, schema:founder, schema:startDate)) } LIMIT 4000");
        assertTrue(rows.size() > 1000, "names, descriptions, founders and dates in schema.org terms: " + rows.size());
    }

    @Test
    void everySchemaOrgTermUsedIsInTheCurrentReleaseAndNotSuperseded() {
        List<String> rows = unknownTerms(dataset);
        assertTrue(rows.isEmpty(), "schema.org terms not in release 30.0, or superseded:\n" + String.join("\n", rows));
    }

    static List<String> unknownTerms(Dataset dataset) {
        return select(dataset, """
                SELECT DISTINCT ?term WHERE {
                  { GRAPH <%1$s> { ?s ?term ?o } } UNION { GRAPH <%1$s> { ?s a ?term } }
                  UNION { GRAPH <%1$s> { ?s rdfs:subClassOf|rdfs:subPropertyOf|rdfs:domain|rdfs:range ?term } }
                  FILTER(STRSTARTS(STR(?term), "http://schema.org/"))
                  FILTER(NOT EXISTS { GRAPH <%2$s> { ?term a ?kind FILTER(?kind IN (rdfs:Class, rdf:Property)) } }
                         || EXISTS { GRAPH <%2$s> { ?term schema:supersededBy ?newer } })
                }""".formatted(DATA, SCHEMA));
    }

    @Test
    void subjectsOfSchemaOrgPropertiesAreOfATypeInTheirDomainIncludes() {
        List<String> rows = outsideDomain(dataset);
        assertTrue(rows.isEmpty(), "subjects outside the property's schema:domainIncludes:\n" + String.join("\n", rows));
    }

    static List<String> outsideDomain(Dataset dataset) {
        return select(dataset, """
                SELECT ?p ?s (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) WHERE {
                  GRAPH <%1$s> { ?s ?p ?o OPTIONAL { ?s a ?type } }
                  FILTER(STRSTARTS(STR(?p), "http://schema.org/"))
                  FILTER NOT EXISTS { GRAPH <%2$s> { ?p schema:domainIncludes schema:Thing } }
                  FILTER NOT EXISTS { GRAPH <%1$s> { ?s a ?t } GRAPH <%2$s> { ?t rdfs:subClassOf* ?d .
                                      ?p schema:domainIncludes ?d } }
                } GROUP BY ?p ?s ORDER BY ?p ?s""".formatted(DATA, SCHEMA));
    }

    @Test
    void resourceObjectsOfSchemaOrgPropertiesAreOfATypeInTheirRangeIncludes() {
        List<String> rows = outsideRange(dataset);
        assertTrue(rows.isEmpty(), "objects outside the property's schema:rangeIncludes:\n" + String.join("\n", rows));
    }

    static List<String> outsideRange(Dataset dataset) {
        return select(dataset, """
                SELECT ?p ?o (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types) WHERE {
                  GRAPH <%1$s> { ?s ?p ?o OPTIONAL { ?o a ?type } }
                  FILTER(STRSTARTS(STR(?p), "http://schema.org/") && !isLiteral(?o))
                  FILTER NOT EXISTS { GRAPH <%2$s> { ?p schema:rangeIncludes schema:Thing } }
                  FILTER NOT EXISTS { GRAPH <%1$s> { ?o a ?t } GRAPH <%2$s> { ?t rdfs:subClassOf* ?r .
                                      ?p schema:rangeIncludes ?r } }
                  # an IRI with no schema.org type is a URL, where a URL is expected
                  FILTER NOT EXISTS { GRAPH <%2$s> { ?p schema:rangeIncludes schema:URL }
                                      FILTER NOT EXISTS { GRAPH <%1$s> { ?o a ?st }
                                                          FILTER(STRSTARTS(STR(?st), "http://schema.org/")) } }
                } GROUP BY ?p ?o ORDER BY ?p ?o""".formatted(DATA, SCHEMA));
    }

    @Test
    void literalObjectsOfSchemaOrgPropertiesAreOfADataTypeInTheirRangeIncludes() {
        List<String> rows = literalsOutsideRange(dataset);
        assertTrue(rows.isEmpty(), "literals outside the property's schema:rangeIncludes (or of a datatype the table"
                + " does not map):\n" + String.join("\n", rows));
    }

    static List<String> literalsOutsideRange(Dataset dataset) {
        return select(dataset, """
                SELECT DISTINCT ?p ?datatype WHERE {
                  GRAPH <%1$s> { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?p), "http://schema.org/") && isLiteral(?o))
                  BIND(datatype(?o) AS ?datatype)
                  OPTIONAL { %3$s }
                  FILTER(!BOUND(?schemaType) || NOT EXISTS { GRAPH <%2$s> { ?schemaType rdfs:subClassOf* ?r .
                                                              ?p schema:rangeIncludes ?r } })
                } ORDER BY ?p ?datatype""".formatted(DATA, SCHEMA, LITERALS));
    }

    /** The checks can fail: each finds the misuse planted for it in a copy of the graph. */
    @Test
    void theChecksFindMisuse() {
        Graph planted = GraphFactory.createDefaultGraph();
        dataset.asDatasetGraph().getGraph(NodeFactory.createURI(DATA)).find().forEachRemaining(planted::add);
        String s = "https://w3id.org/ai-milestones/resource/";
        Graph bad = RDFParser.fromString("""
                PREFIX schema: <http://schema.org/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%1$sx-chip> a schema:Product ; schema:creator <%1$sgoogle> .
                <%1$sx-place> a schema:Place .
                <%1$sgoogle> schema:founder <%1$sx-place> ; schema:foundingDate true ; schema:members <%1$sx-chip> .
                """.formatted(s), Lang.TURTLE).toGraph();
        bad.find().forEachRemaining(planted::add);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(NodeFactory.createURI(DATA), planted);
        dsg.addGraph(NodeFactory.createURI(SCHEMA), Vocabulary.SCHEMA.graph());
        Dataset misused = DatasetFactory.wrap(dsg);
        assertTrue(String.join("\n", unknownTerms(misused)).contains("http://schema.org/members"));
        assertTrue(String.join("\n", outsideDomain(misused)).contains(s + "x-chip"));
        assertTrue(String.join("\n", outsideRange(misused)).contains(s + "x-place"));
        assertTrue(String.join("\n", literalsOutsideRange(misused)).contains("http://schema.org/foundingDate"));
    }

    private static List<String> select(Dataset dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder line = new StringBuilder();
                results.getResultVars().forEach(v -> line.append(row.get(v)).append("  "));
                rows.add(line.toString().strip());
            }
        }
        return rows;
    }
}
