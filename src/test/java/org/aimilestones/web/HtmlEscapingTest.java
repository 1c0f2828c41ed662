package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages over a fixture whose texts and IRIs try to inject markup or script. */
class HtmlEscapingTest {

    private static final String FIXTURE = """
            @prefix res:  <https://w3id.org/ai-milestones/resource/> .
            @prefix aimil: <https://w3id.org/ai-milestones/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            res:evil a aimil:Event ;
                rdfs:label "<script>alert('label')</script>"@en , "<img src=x onerror=alert(1)>"@zh ;
                rdfs:comment "Tom & Jerry say \\"hi\\" </p><b>bold</b>"@en ;
                aimil:significance "<iframe src=//evil.example>" ;
                rdfs:seeAlso <javascript:alert(2)> ;
                <http://purl.org/dc/terms/rights> "© <b>x</b> https://example.org/?a=1&b=\\"><script>alert(4)</script> GitHub a/b\\"onmouseover=alert(5)" ;
                aimil:about res:victim .
            res:victim rdfs:label "\\"><script>alert(3)</script>"@en .
            """;

    private static DatasetGraph dataset;
    private static TestServer server;

    @BeforeAll
    static void start() {
        dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(FIXTURE, Lang.TURTLE).parse(dataset.getDefaultGraph()));
        Graph ontology = GraphFactory.createDefaultGraph();
        server = new TestServer(dataset, ontology);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void textsAreEscapedAndUnsafeLinksDropped() {
        for (String path : new String[] {"/page/evil", "/page/victim"}) {
            HttpResponse<String> r = server.get(path, "Accept", "text/html");
            assertEquals(200, r.statusCode());
            String page = r.body();
            assertFalse(page.contains("<script>alert"), page);
            assertFalse(page.contains("<img"), page);
            assertFalse(page.contains("<iframe"), page);
            assertFalse(page.contains("<b>bold"), page);
            assertFalse(page.contains("href=\"javascript:"), page);
            assertFalse(page.contains("\"><script"), page);
        }
        String evil = server.get("/page/evil", "Accept", "text/html").body();
        assertTrue(evil.contains("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;"));
        assertTrue(evil.contains("Tom &amp; Jerry say &quot;hi&quot; &lt;/p&gt;&lt;b&gt;bold&lt;/b&gt;"));
        assertTrue(evil.contains("&lt;iframe src=//evil.example&gt;"));
        assertTrue(evil.contains("javascript:alert(2)"), "the unsafe IRI is shown as text");
        assertTrue(evil.contains("<a href=\"https://example.org/?a=1&amp;b=\">https://example.org/?a=1&amp;b=</a>&quot;&gt;"
                + "&lt;script&gt;alert(4)&lt;/script&gt;"), "a credit's address linked, the rest escaped: " + evil);
        assertTrue(evil.contains("<a href=\"https://github.com/a/b\">GitHub a/b</a>&quot;onmouseover=alert(5)"), evil);
        assertTrue(evil.contains("&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), "a neighbour's label escaped");
    }

    @Test
    void updatesShowAtOnceWithANewEtag() {
        HttpResponse<String> before = server.get("/data/evil.ttl");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        Node evil = NodeFactory.createURI("https://w3id.org/ai-milestones/resource/evil");
        Node note = NodeFactory.createLiteralString("added by an update");
        Txn.executeWrite(dataset, () -> dataset.getDefaultGraph().add(evil, RDFS.comment.asNode(), note));
        HttpResponse<String> after = server.get("/data/evil.ttl", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertTrue(after.body().contains("added by an update"));
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void notFoundPageEscapesThePath() {
        HttpResponse<String> r = server.get("/resource/%3Cscript%3Ealert(4)%3C%2Fscript%3E", "Accept", "text/html");
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, "status " + r.statusCode());
        assertFalse(r.body().contains("<script>alert(4)"));
        HttpResponse<String> r2 = server.get("/resource/x%3Cb%3Ey", "Accept", "text/html");
        assertEquals(404, r2.statusCode());
        assertFalse(r2.body().contains("<b>"));
        for (String path : List.of("/page/x%3Cb%3Ey", "/data/x%3Cb%3Ey.ttl")) {
            HttpResponse<String> r3 = server.get(path, "Accept", "text/html");
            assertEquals(404, r3.statusCode());
            assertFalse(r3.body().contains("<b>"));
        }
    }

    @Test
    void embeddedJsonLdCannotEndItsScriptEarlyAndKeepsTheLabel() {
        String page = server.get("/page/evil", "Accept", "text/html").body();
        int start = page.indexOf("<script type=\"application/ld+json\">");
        assertTrue(start >= 0, "JSON-LD present");
        int end = page.indexOf("</script>", start);
        String json = page.substring(start + "<script type=\"application/ld+json\">".length(), end);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        Graph parsed = RDFParser.fromString(json, Lang.JSONLD).base(server.base()).toGraph();
        Node evil = NodeFactory.createURI("https://w3id.org/ai-milestones/resource/evil");
        assertTrue(parsed.find(evil, NodeFactory.createURI("http://schema.org/name"), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().contains("<script>alert('label')</script>")),
                json);
    }

    @Test
    void jsonInAScriptHasNoMarkupCharacters() {
        String json = "{\"name\": \"</script><script>alert(1)</script><!-- & -->\"}";
        String escaped = Html.escapeScriptJson(json);
        assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("&"), escaped);
        assertEquals("{\"name\": \"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                + "\\u003c!-- \\u0026 --\\u003e\"}", escaped);
        Graph parsed = RDFParser.fromString("{\"@context\": {\"@vocab\": \"http://schema.org/\"}, \"@id\":"
                + " \"http://example.org/x\", " + escaped.substring(1), Lang.JSONLD).toGraph();
        assertEquals("</script><script>alert(1)</script><!-- & -->", parsed.find().next().getObject()
                .getLiteralLexicalForm());
    }
}
