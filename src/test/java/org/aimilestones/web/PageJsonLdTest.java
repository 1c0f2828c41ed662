package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.testing.GraphSources;
import org.aimilestones.testing.ServedGraph;
import org.aimilestones.vocab.Release;
import org.aimilestones.testing.CliRun;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema.org JSON-LD of the web pages, served by `ai-milestones serve --base-url …`: the landing page's Dataset
 * (read back with Jena's JSON-LD 1.1 parser) and the WebPage of every other page, with URLs under the base URL.
 */
class PageJsonLdTest {

    static final String SCHEMA = "http://schema.org/";
    static final String BASE_URL = "https://docs.example.org/milestones/";
    static final Node DATASET = NodeFactory.createURI("https://w3id.org/ai-milestones/dataset");
    static final Pattern SCRIPT = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread("--base-url", BASE_URL);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        serve.close();
    }

    static Node s(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    /** @return the page's one JSON-LD block, parsed as JSON-LD 1.1 */
    static Graph jsonLd(String html) {
        Matcher m = SCRIPT.matcher(html);
        assertTrue(m.find(), "a JSON-LD script in the page");
        String json = m.group(1);
        assertFalse(m.find(), "only one");
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD11)
                .parse(graph);
        return graph;
    }

    static Node one(Graph g, Node subject, Node property) {
        List<Triple> found = g.find(subject, property, Node.ANY).toList();
        assertEquals(1, found.size(), () -> property + ": " + found);
        return found.get(0).getObject();
    }

    static Set<String> languages(Graph g, Node subject, Node property) {
        Set<String> langs = new TreeSet<>();
        g.find(subject, property, Node.ANY).forEachRemaining(t -> langs.add(t.getObject().getLiteralLanguage()));
        return langs;
    }

    @Test
    void landingPageEmbedsTheDataset() {
        HttpResponse<String> page = Http.get(serve.url(), "text/html");
        assertEquals(200, page.statusCode());
        Graph g = jsonLd(page.body());
        assertTrue(g.contains(DATASET, RDF.Nodes.type, s("Dataset")), "a schema:Dataset");
        assertEquals(NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/"), one(g, DATASET, s("license")));
        assertEquals(Set.of("en", "zh"), languages(g, DATASET, s("name")));
        assertEquals(Set.of("en", "zh"), languages(g, DATASET, s("description")));
        assertEquals(Release.VERSION, one(g, DATASET, s("version")).getLiteralLexicalForm());
        assertEquals(NodeFactory.createURI(BASE_URL), one(g, DATASET, s("url")));
        Node creator = one(g, DATASET, s("creator"));
        assertEquals("https://w3id.org/ai-milestones/resource/ai-milestones-project", creator.getURI());
        assertTrue(g.contains(creator, RDF.Nodes.type, s("Organization")));
        assertEquals(Set.of("en", "zh"), languages(g, creator, s("name")));
        List<String> sources = GraphSources.iris(ServedGraph.plain().getDefaultGraph());
        assertEquals(sources, g.find(DATASET, s("isBasedOn"), Node.ANY).mapWith(t -> t.getObject().getURI()).toList()
                .stream().sorted().toList(), "every source of the graph");
        for (String source : sources) {
            Node node = NodeFactory.createURI(source);
            assertFalse(g.find(node, s("name"), Node.ANY).toList().isEmpty(), source);
            assertEquals(Set.of("en", "zh"), languages(g, node, s("creditText")), source + "'s credit");
        }
        List<Node> downloads = g.find(DATASET, s("distribution"), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(15, downloads.size(), "latest, release 0.2.0 and release 0.3.0 dumps");
        for (Node d : downloads) {
            assertTrue(g.contains(d, RDF.Nodes.type, s("DataDownload")));
            assertTrue(one(g, d, s("contentUrl")).getURI().startsWith(BASE_URL + "dumps/"));
            assertFalse(one(g, d, s("encodingFormat")).getLiteralLexicalForm().isEmpty());
        }
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + BASE_URL + "\">"), "canonical");
        assertTrue(page.body().contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + BASE_URL
                + "dataset.ttl\">"), "the dataset's RDF documents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"search", "query", "timeline", "graph"})
    void otherPagesAreWebPagesPartOfTheDataset(String name) {
        HttpResponse<String> page = Http.get(serve.url() + name, "text/html");
        assertEquals(200, page.statusCode());
        Graph g = jsonLd(page.body());
        Node url = NodeFactory.createURI(BASE_URL + name);
        assertTrue(g.contains(url, RDF.Nodes.type, s("WebPage")), name);
        assertEquals(DATASET, one(g, url, s("isPartOf")));
        assertEquals(Set.of("en", "zh"), languages(g, url, s("name")));
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + BASE_URL + name + "\">"), "canonical");
    }

    @Test
    void helpDocumentsTrustForwardedAndABadBaseUrlIsAUsageError() {
        CliRun help = CliRun.cli("serve", "--help");
        assertTrue(help.out().contains("--trust-forwarded"), help.out());
        assertTrue(help.out().contains("Forwarded"), help.out());
        CliRun bad = CliRun.cli("serve", "--base-url", "not a url");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("bad base URL"), bad.err());
    }
}
