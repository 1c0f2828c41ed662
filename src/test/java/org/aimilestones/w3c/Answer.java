package org.aimilestones.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.graph.GraphFactory;

/** A response, with the checks the W3C manifests state: status (exact or class), media type, result content. */
record Answer(HttpResponse<String> response) {

    static final List<String> BOOLEAN_TYPES = List.of(WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML);
    static final List<String> TABULAR_TYPES = List.of(WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML,
            WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV);
    static final List<String> RDF_TYPES = List.of(WebContent.contentTypeRDFXML, WebContent.contentTypeTurtle,
            WebContent.contentTypeNTriples, "application/xhtml+xml", WebContent.contentTypeHTML);

    int status() {
        return response.statusCode();
    }

    String body() {
        return response.body();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** @return the media type of the response, without parameters, in lower case ("" if none) */
    String mediaType() {
        String type = header("Content-Type");
        return type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Asserts the status is one of the codes given. */
    Answer status(int... codes) {
        assertTrue(Arrays.stream(codes).anyMatch(c -> c == status()),
                () -> "status " + status() + ", expected one of " + Arrays.toString(codes) + ": " + start(body()));
        return this;
    }

    /** Asserts the status is in one of the classes given (2 for hts:StatusCode2xx, 4 for 4xx, …). */
    Answer statusClass(int... classes) {
        assertTrue(Arrays.stream(classes).anyMatch(c -> c == status() / 100),
                () -> "status " + status() + ", expected class " + Arrays.toString(classes) + "xx: " + start(body()));
        return this;
    }

    /**
     * Asserts the Content-Type header is the one expected, e.g. "text/turtle; charset=utf-8": the same media type,
     * and a charset, if the response gives one, the same. Turtle, N-Triples and JSON-LD are UTF-8 by definition, so
     * "text/turtle" says what "text/turtle; charset=utf-8" says.
     */
    Answer contentType(String expected) {
        ContentType want = ContentType.create(expected);
        ContentType got = ContentType.create(header("Content-Type"));
        assertEquals(want.getContentTypeStr(), got.getContentTypeStr(), "media type");
        if (got.getCharset() != null) {
            assertTrue(got.getCharset().equalsIgnoreCase(want.getCharset()), "charset " + got.getCharset());
        }
        return this;
    }

    Answer mediaTypeIn(List<String> types) {
        assertTrue(types.contains(mediaType()), () -> "media type '" + mediaType() + "' not one of " + types);
        return this;
    }

    /** mf:expectedFormat "boolean" with mf:expectedBoolean: a SPARQL boolean result in XML or JSON. */
    Answer booleanResult(boolean expected) {
        mediaTypeIn(BOOLEAN_TYPES);
        assertEquals(expected, ResultSetMgr.readBoolean(in(), lang()), body());
        return this;
    }

    /** mf:expectedFormat "tabular": a SPARQL result set in XML, JSON, CSV or TSV; returns its row count. */
    int tabular() {
        mediaTypeIn(TABULAR_TYPES);
        int rows = 0;
        for (var results = ResultSetMgr.read(in(), lang()); results.hasNext(); results.next()) {
            rows++;
        }
        return rows;
    }

    /** mf:expectedFormat "RDF": an RDF graph in RDF/XML, Turtle, N-Triples (or RDFa); returns it. */
    Graph rdf() {
        mediaTypeIn(RDF_TYPES);
        return graph();
    }

    /** @return the body parsed as RDF in the syntax of its media type */
    Graph graph() {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType());
        assertTrue(lang != null, () -> "not an RDF media type: " + mediaType());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(in()).lang(lang).parse(graph);
        return graph;
    }

    /** Asserts the body is an RDF graph isomorphic to the expected Turtle (as the GSP manifests compare). */
    Answer isomorphicTo(String turtle) {
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(expected);
        Graph actual = graph();
        assertTrue(expected.isIsomorphicWith(actual), () -> "graph differs from the expected one:\n" + body());
        return this;
    }

    private Lang lang() {
        return WebContent.contentTypeToLangResultSet(mediaType());
    }

    private ByteArrayInputStream in() {
        return new ByteArrayInputStream(body().getBytes(StandardCharsets.UTF_8));
    }

    private static String start(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
