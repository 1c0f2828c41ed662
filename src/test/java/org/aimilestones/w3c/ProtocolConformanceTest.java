package org.aimilestones.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C SPARQL 1.1 Protocol tests (rdf-tests sparql/sparql11/protocol/manifest.ttl), one case per manifest entry,
 * translated request by request. The manifest sends queries and updates to one "/sparql/" path and allows separate
 * endpoints: here queries go to /ai-milestones/sparql, updates (with credentials) to /ai-milestones/update. The graphs the manifest
 * loads with ut:graphData (data1–3.nt, named by their kasei.us IRIs) are loaded into the dataset before each case;
 * data0.rdf, named but never read by the ASK {} cases, is not in the dataset.
 */
class ProtocolConformanceTest {

    static final String KASEI = "http://kasei.us/2009/09/sparql/data/";
    static final String DATA0 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata0.rdf";
    static final String DATA1 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf";
    static final String DATA2 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf";
    static final String DATA3 = "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata3.rdf";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String QUERY = "application/sparql-query";
    static final String UPDATE = "application/sparql-update";
    static final String PROLOGUE = "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n";
    static final String INSERT_THREE = "DROP ALL ;\nINSERT DATA {\n"
            + "    GRAPH <" + KASEI + "data1.rdf> { <" + KASEI + "data1.rdf> a foaf:Document }\n"
            + "    GRAPH <" + KASEI + "data2.rdf> { <" + KASEI + "data2.rdf> a foaf:Document }\n"
            + "    GRAPH <" + KASEI + "data3.rdf> { <" + KASEI + "data3.rdf> a foaf:Document }\n} ;\n";

    /** One manifest entry: its requests in order, each with the manifest's expected response. */
    @FunctionalInterface
    interface Case {
        void run();
    }

    @TempDir
    static Path tmp;

    static ConformanceServer s;

    @BeforeAll
    static void start() throws Exception {
        s = ConformanceServer.start(tmp, true);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** ut:graphData of the manifest: data1.nt, data2.nt, data3.nt as named graphs (each one foaf:Document triple). */
    @BeforeEach
    void loadGraphData() {
        s.run(PROLOGUE + "DROP SILENT GRAPH <" + KASEI + "data1.rdf> ; DROP SILENT GRAPH <" + KASEI + "data2.rdf> ;"
                + " DROP SILENT GRAPH <" + KASEI + "data3.rdf> ;\n" + INSERT_THREE.replace("DROP ALL ;\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void manifestEntry(String name, Case entry) {
        entry.run();
    }

    static Stream<Arguments> manifest() {
        return Stream.of(
            entry("query_post_form", () -> s.query("POST", "?default-graph-uri=" + DATA0).type(FORM)
                    .body("query=ASK%20%7B%7D").send().statusClass(2, 3).booleanResult(true)),
            entry("query_dataset_default_graphs_get", () -> s.query("GET", "?query=ASK%20%7B%20%3Chttp%3A%2F%2Fkasei.us"
                    + "%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf%3E%20a%20%3Ftype%20.%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09"
                    + "%2Fsparql%2Fdata%2Fdata2.rdf%3E%20a%20%3Ftype%20.%20%7D&default-graph-uri=" + DATA1
                    + "&default-graph-uri=" + DATA2).send().statusClass(2, 3).booleanResult(true)),
            entry("query_dataset_default_graphs_post", () -> s.query("POST", "?default-graph-uri=" + DATA1
                    + "&default-graph-uri=" + DATA2).type(QUERY).body("ASK { <" + KASEI + "data1.rdf> a ?type . <"
                    + KASEI + "data2.rdf> a ?type . }").send().statusClass(2, 3).booleanResult(true)),
            entry("query_dataset_named_graphs_post", () -> s.query("POST", "?named-graph-uri=" + DATA1
                    + "&named-graph-uri=" + DATA2).type(QUERY).body("ASK { GRAPH ?g1 { <" + KASEI + "data1.rdf> a ?type }"
                    + " GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type } }").send().statusClass(2, 3).booleanResult(true)),
            entry("query_dataset_named_graphs_get", () -> s.query("GET", "?query=ASK%20%7B%20GRAPH%20%3Fg1%20%7B%20%3C"
                    + "http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf%3E%20a%20%3Ftype%20%7D%20GRAPH%20%3Fg2"
                    + "%20%7B%20%3Chttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf%3E%20a%20%3Ftype%20%7D%20"
                    + "%7D&named-graph-uri=" + DATA1 + "&named-graph-uri=" + DATA2).send().statusClass(2, 3)
                    .booleanResult(true)),
            entry("query_dataset_full", () -> s.query("POST", "?default-graph-uri=" + DATA3 + "&named-graph-uri=" + DATA1
                    + "&named-graph-uri=" + DATA2).type(QUERY).body("ASK {\n  <" + KASEI + "data3.rdf> a ?type\n"
                    + "  GRAPH ?g1 { <" + KASEI + "data1.rdf> a ?type }\n  GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type }\n}")
                    .send().statusClass(2, 3).booleanResult(true)),
            entry("query_multiple_dataset", () -> s.query("POST", "?named-graph-uri=" + DATA1 + "&named-graph-uri="
                    + DATA2).type(QUERY).body("ASK FROM <" + KASEI + "data3.rdf> { GRAPH ?g1 { <" + KASEI + "data1.rdf> a"
                    + " ?type } GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type } }").send().statusClass(2, 3)
                    .booleanResult(true)),
            entry("query_get", () -> s.query("GET", "?query=ASK%20%7B%7D&default-graph-uri=" + DATA0).send()
                    .statusClass(2, 3).booleanResult(true)),
            entry("query_content_type_select", () -> s.query("POST", "?default-graph-uri=" + DATA0).type(QUERY)
                    .body("SELECT (1 AS ?value) {}").send().statusClass(2, 3).tabular()),
            entry("query_content_type_ask", () -> s.query("POST", "?default-graph-uri=" + DATA0).type(QUERY)
                    .body("ASK {}").send().statusClass(2, 3).mediaTypeIn(Answer.BOOLEAN_TYPES)),
            entry("query_content_type_describe", () -> s.query("POST", "?default-graph-uri=" + DATA0).type(QUERY)
                    .body("DESCRIBE <http://example.org/>").send().statusClass(2, 3).rdf()),
            entry("query_content_type_construct", () -> s.query("POST", "?default-graph-uri=" + DATA0).type(QUERY)
                    .body("CONSTRUCT { <s> <p> 1 } WHERE {}").send().statusClass(2, 3).rdf()),
            entry("update_dataset_default_graph", () -> {
                s.update("POST", "?using-graph-uri=" + DATA1).type(UPDATE).body(PROLOGUE + "CLEAR ALL ;\nINSERT DATA {\n"
                        + "    GRAPH <" + KASEI + "data1.rdf> {\n        <" + KASEI + "data1.rdf> a foaf:Document\n    }\n"
                        + "} ;\nINSERT {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n"
                        + "        ?s a dc:BibliographicResource\n    }\n}\nWHERE {\n    ?s a foaf:Document\n}")
                        .send().statusClass(2, 3);
                s.query("POST", "").type(QUERY).body("ASK {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n"
                        + "        <" + KASEI + "data1.rdf> a <http://purl.org/dc/terms/BibliographicResource>\n    }\n}")
                        .send().statusClass(2, 3).booleanResult(true);
            }),
            entry("update_dataset_default_graphs", () -> updateThenAsk("?using-graph-uri=" + DATA1 + "&using-graph-uri="
                    + DATA2, "protocol-update-dataset-graphs-test", "?s a foaf:Document")),
            entry("update_dataset_named_graphs", () -> updateThenAsk("?using-named-graph-uri=" + DATA1
                    + "&using-named-graph-uri=" + DATA2, "protocol-update-dataset-named-graphs-test",
                    "GRAPH ?g {\n        ?s a foaf:Document\n    }")),
            entry("update_dataset_full", () -> {
                String graph = "<http://example.org/protocol-update-dataset-full-test/>";
                s.update("POST", "?using-graph-uri=" + DATA1 + "&using-named-graph-uri=" + DATA2).type(UPDATE)
                        .body(PROLOGUE + INSERT_THREE + "INSERT {\n    GRAPH " + graph + " {\n"
                        + "        ?s <http://example.org/in> ?in\n    }\n}\nWHERE {\n    {\n"
                        + "        GRAPH ?g { ?s a foaf:Document }\n        BIND(?g AS ?in)\n    }\n    UNION\n    {\n"
                        + "        ?s a foaf:Document .\n        BIND(\"default\" AS ?in)\n    }\n}").send().statusClass(2, 3);
                s.query("POST", "").type(QUERY).body("ASK {\n    GRAPH " + graph + " {\n        <" + KASEI + "data1.rdf>"
                        + " <http://example.org/in> \"default\" .\n        <" + KASEI + "data2.rdf> <http://example.org/in> <"
                        + KASEI + "data2.rdf> .\n    }\n    FILTER NOT EXISTS {\n        GRAPH " + graph + " {\n"
                        + "            <" + KASEI + "data3.rdf> ?p ?o\n        }\n    }\n}").send().statusClass(2, 3)
                        .booleanResult(true);
            }),
            entry("update_post_form", () -> s.update("POST", "").type(FORM).body("update=CLEAR+ALL").send()
                    .statusClass(2, 3)),
            entry("update_post_direct", () -> s.update("POST", "").type(UPDATE).body("CLEAR ALL").send()
                    .statusClass(2, 3)),
            entry("update_base_uri", () -> {
                s.update("POST", "").type(UPDATE).body("CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ;\n"
                        + "INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s>"
                        + " <http://example.org/p> <test> } }").send().statusClass(2, 3);
                s.query("POST", "").type(QUERY).body("ASK {\n    GRAPH <http://example.org/protocol-base-test/> {\n"
                        + "        <http://example.org/s> <http://example.org/p> ?o\n"
                        + "        FILTER (isIRI(?o) && STR(?o) != \"test\")\n    }\n}").send().statusClass(2, 3)
                        .booleanResult(true);
            }),
            entry("query_post_direct", () -> s.query("POST", "").type(QUERY).body("ASK {}").send().statusClass(2, 3)
                    .booleanResult(true)),
            entry("bad_query_method", () -> s.query("PUT", "?query=ASK%20%7B%7D&default-graph-uri=" + DATA0).type(FORM)
                    .send().statusClass(4)),
            entry("bad_multiple_queries", () -> s.query("GET", "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D").send()
                    .statusClass(4)),
            entry("bad_query_wrong_media_type", () -> s.query("POST", "").type("text/plain").body("ASK {}").send()
                    .statusClass(4)),
            entry("bad_query_missing_form_type", () -> s.query("POST", "").body("query=ASK%20%7B%7D").send()
                    .statusClass(4)),
            entry("bad_query_missing_direct_type", () -> s.query("POST", "").body("ASK {}").send().statusClass(4)),
            entry("bad_query_non_utf8", () -> s.query("POST", "").type("application/sparql-query; charset=UTF-16")
                    .body("ASK {}".getBytes(StandardCharsets.UTF_16)).send().statusClass(4)),
            entry("bad_query_syntax", () -> s.query("GET", "?query=ASK%20%7B").send().statusClass(4)),
            entry("bad_update_get", () -> s.update("GET", "?update=CLEAR%20ALL").send().statusClass(4)),
            entry("bad_multiple_updates", () -> s.update("POST", "").type(FORM)
                    .body("update=CLEAR%20NAMED&update=CLEAR%20DEFAULT").send().statusClass(4)),
            entry("bad_update_wrong_media_type", () -> s.update("POST", "").type("text/plain").body("CLEAR NAMED").send()
                    .statusClass(4)),
            entry("bad_update_missing_form_type", () -> s.update("POST", "").body("update=CLEAR%20NAMED").send()
                    .statusClass(4)),
            entry("bad_update_non_utf8", () -> s.update("POST", "").type("application/sparql-update; charset=UTF-16")
                    .body("CLEAR NAMED".getBytes(StandardCharsets.UTF_16)).send().statusClass(4)),
            entry("bad_update_syntax", () -> s.update("POST", "").type(FORM).body("update=CLEAR%20XYZ").send()
                    .statusClass(4)),
            entry("bad_update_dataset_conflict", () -> s.update("POST", "?using-named-graph-uri=http%3A%2F%2Fexample"
                    + "%2Fpeople").type(UPDATE).body("PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\n"
                    + "WITH <http://example/addresses>\nDELETE { ?person foaf:givenName 'Bill' }\n"
                    + "INSERT { ?person foaf:givenName 'William' }\nWHERE {\n    ?person foaf:givenName 'Bill'\n}")
                    .send().statusClass(4)));
    }

    private static Arguments entry(String name, Case entry) {
        return Arguments.of(name, entry);
    }

    /** The update_dataset_default_graphs / _named_graphs pattern: insert three graphs, copy two, ask for the two. */
    private static void updateThenAsk(String params, String test, String where) {
        String graph = "<http://example.org/" + test + "/>";
        s.update("POST", params).type(UPDATE).body(PROLOGUE + INSERT_THREE + "INSERT {\n    GRAPH " + graph + " {\n"
                + "        ?s a dc:BibliographicResource\n    }\n}\nWHERE {\n    " + where + "\n}").send().statusClass(2, 3);
        String bib = " a <http://purl.org/dc/terms/BibliographicResource> .\n";
        s.query("POST", "").type(QUERY).body("ASK {\n    GRAPH " + graph + " {\n        <" + KASEI + "data1.rdf>" + bib
                + "        <" + KASEI + "data2.rdf>" + bib + "    }\n    FILTER NOT EXISTS {\n        GRAPH " + graph
                + " {\n            <" + KASEI + "data3.rdf>" + bib + "        }\n    }\n}").send().statusClass(2, 3)
                .booleanResult(true);
    }

    /** Beyond the manifest (whose ASKs would also pass over a merged dataset): the protocol dataset really replaces it. */
    @Test
    void protocolDatasetIsTheOneQueried() {
        String ask = "ASK { <" + KASEI + "data1.rdf> a ?type }";
        s.query("POST", "").type(QUERY).body(ask).send().status(200).booleanResult(false);
        s.query("POST", "?default-graph-uri=" + DATA1).type(QUERY).body(ask).send().status(200).booleanResult(true);
        s.query("POST", "?default-graph-uri=" + DATA2).type(QUERY).body(ask).send().status(200).booleanResult(false);
        s.query("POST", "?named-graph-uri=" + DATA1).type(QUERY).body("ASK FROM <" + KASEI + "data1.rdf> { ?s ?p ?o }")
                .send().status(200).booleanResult(false);
    }

    /** The manifest's SELECT, ASK, DESCRIBE and CONSTRUCT cases send no Accept; these are the defaults chosen. */
    @Test
    void defaultResultFormats() {
        assertEquals("application/sparql-results+xml",
                s.query("POST", "").type(QUERY).body("SELECT (1 AS ?value) {}").send().mediaType());
        assertEquals("text/turtle", s.query("POST", "").type(QUERY).body("CONSTRUCT { <s> <p> 1 } WHERE {}").send()
                .mediaType());
    }
}
