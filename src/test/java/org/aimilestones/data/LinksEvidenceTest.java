package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The links out of the graph (data/links.ttl, generated from data/links/wikidata-links-evidence.tsv): every link triple
 * has exactly one aimil:Link resource restating it with evidence and a confidence; confirmed links have evidence from
 * two or more independent sources; owl:sameAs joins only like things (never a SKOS concept); the TSV and the Turtle
 * say the same.
 */
class LinksEvidenceTest {

    private static final Path TSV = Path.of("data", "links", "wikidata-links-evidence.tsv");
    private static final Path TTL = Path.of("data", "links.ttl");
    private static final Set<String> TARGETS =
            Set.of("http://www.wikidata.org/entity/", "https://doi.org/", "https://arxiv.org/abs/");
    private static final Map<String, Node> PREDICATES = Map.of(
            "owl:sameAs", OWL.sameAs.asNode(),
            "skos:exactMatch", SKOS.exactMatch.asNode(),
            "skos:closeMatch", SKOS.closeMatch.asNode(),
            "dct:isReferencedBy", DCTerms.isReferencedBy.asNode());
    private static final String STORED_FILE = "urn:x-ai-milestones:stored-public-file:";
    private static final String SHARED_LIST = "urn:x-ai-milestones:shared-list:wikidata-links.tsv";
    /** A public file a reader can open as it was when the identifier was seen: a GitHub blob at a full commit id. */
    private static final Pattern PINNED_GITHUB_FILE =
            Pattern.compile("^https://github\\.com/[^/]+/[^/]+/blob/[0-9a-f]{40}/.+");

    /** The link triples of the shipped data: subject in our namespace, predicate a link predicate, object outside. */
    private static List<Triple> linkTriples(Graph data) {
        List<Triple> links = new ArrayList<>();
        for (Node p : PREDICATES.values()) {
            data.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                boolean ours = t.getSubject().isURI() && t.getSubject().getURI().startsWith(AIMIL.RESOURCE_NS);
                boolean out = t.getObject().isURI() && TARGETS.stream().anyMatch(t.getObject().getURI()::startsWith);
                if (ours && out) {
                    links.add(t);
                }
            });
        }
        return links;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void everyLinkTripleHasExactlyOneLinkResourceWithEvidenceAndConfidence() {
        Graph data = ShippedGraph.get().data();
        List<Triple> links = linkTriples(data);
        assertTrue(links.size() >= 14, "the 14 links of the shared list at least, found " + links.size());
        List<String> problems = new ArrayList<>();
        for (Triple t : links) {
            List<Node> resources = new ArrayList<>();
            data.find(Node.ANY, AIMIL.linkSubject.asNode(), t.getSubject()).forEachRemaining(r -> {
                Node link = r.getSubject();
                if (data.contains(link, AIMIL.linkPredicate.asNode(), t.getPredicate())
                        && data.contains(link, AIMIL.linkObject.asNode(), t.getObject())) {
                    resources.add(link);
                }
            });
            if (resources.size() != 1) {
                problems.add(t + ": " + resources.size() + " link resources");
                continue;
            }
            Node link = resources.get(0);
            if (!data.contains(link, RDF.type.asNode(), AIMIL.Link.asNode())) {
                problems.add(link + " is not an aimil:Link");
            }
            if (objects(data, link, AIMIL.evidence.asNode()).isEmpty()) {
                problems.add(link + " has no evidence");
            }
            List<Node> confidence = objects(data, link, AIMIL.linkConfidence.asNode());
            if (confidence.size() != 1 || !Set.of("confirmed", "single-source")
                    .contains(confidence.get(0).getLiteralLexicalForm())) {
                problems.add(link + " confidence " + confidence);
            }
            if (objects(data, link, AIMIL.dateChecked.asNode()).size() != 1) {
                problems.add(link + " has no single date checked");
            }
        }
        // and no link resource restates a triple that is not in the graph
        data.find(Node.ANY, RDF.type.asNode(), AIMIL.Link.asNode()).forEachRemaining(r -> {
            Node link = r.getSubject();
            List<Node> s = objects(data, link, AIMIL.linkSubject.asNode());
            List<Node> p = objects(data, link, AIMIL.linkPredicate.asNode());
            List<Node> o = objects(data, link, AIMIL.linkObject.asNode());
            if (s.size() != 1 || p.size() != 1 || o.size() != 1 || !data.contains(s.get(0), p.get(0), o.get(0))) {
                problems.add(link + " restates no link triple of the graph");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ShippedGraph.get().data().find(Node.ANY, AIMIL.wikidataLinkConfidence.asNode(), Node.ANY)
                .toList().isEmpty(), "the confidence sits on the link resource, no longer on the entity");
    }

    /**
     * The source an evidence IRI stands for: the host of an http(s) URL (with owner/repository for GitHub), the file of
     * the stored search index, or the shared list.
     */
    static String source(String evidence) {
        if (evidence.startsWith(STORED_FILE) || evidence.equals(SHARED_LIST)) {
            return evidence;
        }
        URI uri = URI.create(evidence);
        String host = uri.getHost() == null ? evidence : uri.getHost().replaceFirst("^www\\.", "");
        if (host.equals("github.com") || host.equals("raw.githubusercontent.com")) {
            String[] parts = uri.getPath().split("/");
            return parts.length > 2 ? "github.com/" + parts[1] + "/" + parts[2] : host;
        }
        return host;
    }

    @Test
    void sourceOfEvidence() {
        assertEquals("en.wikipedia.org", source("https://en.wikipedia.org/wiki/Baidu"));
        assertEquals("wikidata.org", source("https://www.wikidata.org/wiki/Q14772"));
        assertEquals("github.com/a/b", source("https://github.com/a/b/blob/main/x.json"));
        assertEquals("github.com/a/b", source("https://raw.githubusercontent.com/a/b/main/x.json"));
        assertEquals(STORED_FILE + "12", source(STORED_FILE + "12"));
    }

    /** Whether an evidence IRI is a web address a reader can check: any http(s) evidence is a pinned GitHub file. */
    static boolean checkable(String evidence) {
        boolean web = evidence.startsWith("http://") || evidence.startsWith("https://");
        return !web || PINNED_GITHUB_FILE.matcher(evidence).matches();
    }

    @Test
    void checkableEvidence() {
        assertTrue(checkable("https://github.com/IACR/latex/blob/5146da67ec9253190529f0a4647277e3e48a575a/iacrcc/METADATA.md"));
        assertTrue(checkable(STORED_FILE + "12"), "a stored-file urn not yet resolved stays");
        assertTrue(checkable(SHARED_LIST));
        assertTrue(!checkable("https://github.com/IACR/latex/blob/main/iacrcc/METADATA.md"), "a branch moves");
        assertTrue(!checkable("https://github.com/IACR/latex/blob/5146da6/iacrcc/METADATA.md"), "a short commit id");
        assertTrue(!checkable("http://github.com/IACR/latex/blob/5146da67ec9253190529f0a4647277e3e48a575a/iacrcc/METADATA.md"));
        assertTrue(!checkable("https://github.com/IACR/latex/blob/5146da67ec9253190529f0a4647277e3e48a575a/"), "no path");
        assertTrue(!checkable("https://raw.githubusercontent.com/IACR/latex/5146da67ec9253190529f0a4647277e3e48a575a/x"));
        assertTrue(!checkable("https://en.wikipedia.org/wiki/Baidu"));
    }

    @Test
    void everyWebEvidenceIsAGitHubFilePinnedToACommit() {
        Graph data = ShippedGraph.get().data();
        List<String> web = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        data.find(Node.ANY, AIMIL.evidence.asNode(), Node.ANY).forEachRemaining(t -> {
            String evidence = t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString();
            if (evidence.startsWith("http")) {
                web.add(evidence);
            }
            if (!t.getObject().isURI() || !checkable(evidence)) {
                loose.add(t.getSubject().getURI() + " " + evidence);
            }
        });
        assertTrue(web.size() >= 17, "the 17 stored files found on GitHub at least, found " + web.size());
        assertTrue(loose.isEmpty(), "evidence a reader cannot check: " + loose);
    }

    @Test
    void confirmedLinksHaveEvidenceFromTwoIndependentSources() {
        Graph data = ShippedGraph.get().data();
        List<String> weak = new ArrayList<>();
        data.find(Node.ANY, RDF.type.asNode(), AIMIL.Link.asNode()).forEachRemaining(r -> {
            Node link = r.getSubject();
            boolean confirmed = objects(data, link, AIMIL.linkConfidence.asNode()).stream()
                    .anyMatch(c -> c.getLiteralLexicalForm().equals("confirmed"));
            Set<String> sources = new HashSet<>();
            // the shared list is the project's own earlier finding, not a public source of its own
            objects(data, link, AIMIL.evidence.asNode()).stream().map(Node::getURI)
                    .filter(u -> !u.equals(SHARED_LIST)).map(LinksEvidenceTest::source).forEach(sources::add);
            if (confirmed && sources.size() < 2) {
                weak.add(link.getURI() + " " + sources);
            }
        });
        assertTrue(weak.isEmpty(), "confirmed links with fewer than two independent sources: " + weak);
    }

    @Test
    void owlSameAsOnlyBetweenLikeThings() {
        Graph inferred = ShippedGraph.get().inferred();
        List<String> wrong = new ArrayList<>();
        inferred.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (inferred.contains(s, RDF.type.asNode(), SKOS.Concept.asNode())
                    || inferred.contains(s, RDF.type.asNode(), AIMIL.Theme.asNode())) {
                wrong.add(s + " is a concept: skos:exactMatch or skos:closeMatch, not owl:sameAs");
            }
            if (inferred.contains(s, RDF.type.asNode(), AIMIL.Link.asNode()) || !t.getObject().isURI()
                    || !t.getObject().getURI().startsWith("http://www.wikidata.org/entity/")) {
                wrong.add(t + ": owl:sameAs only joins a thing of the graph to its Wikidata item");
            }
        });
        for (Node p : List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode())) {
            inferred.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                boolean concept = inferred.contains(t.getSubject(), RDF.type.asNode(), SKOS.Concept.asNode());
                if (p.equals(SKOS.exactMatch.asNode()) && !concept) {
                    wrong.add(t.getSubject() + ": skos:exactMatch is for SKOS concepts");
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theTsvAndTheTurtleAgree() throws IOException {
        Model ttl = ModelFactory.createDefaultModel();
        ttl.read(TTL.toUri().toString(), "TURTLE");
        Graph g = ttl.getGraph();
        Set<String> fromTsv = new TreeSet<>();
        for (String line : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("entity\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(7, f.length, "seven columns: " + line);
            Node predicate = PREDICATES.get(f[1]);
            assertTrue(predicate != null, "known predicate " + f[1]);
            List<String> evidence = List.of(f[4].trim().split("\\s+"));
            fromTsv.add(String.join(" | ", f[0], predicate.getURI(), f[2], f[3], new TreeSet<>(evidence).toString(),
                    f[5]));
        }
        Set<String> fromTtl = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), AIMIL.Link.asNode()).forEachRemaining(r -> {
            Node link = r.getSubject();
            Node s = objects(g, link, AIMIL.linkSubject.asNode()).get(0);
            Node p = objects(g, link, AIMIL.linkPredicate.asNode()).get(0);
            Node o = objects(g, link, AIMIL.linkObject.asNode()).get(0);
            assertTrue(g.contains(s, p, o), "the plain link triple of " + link + " is in links.ttl");
            Set<String> evidence = new TreeSet<>();
            objects(g, link, AIMIL.evidence.asNode()).forEach(e -> evidence.add(e.getURI()));
            fromTtl.add(String.join(" | ", s.getURI(), p.getURI(), o.getURI(),
                    objects(g, link, AIMIL.linkConfidence.asNode()).get(0).getLiteralLexicalForm(),
                    evidence.toString(), objects(g, link, AIMIL.dateChecked.asNode()).get(0).getLiteralLexicalForm()));
        });
        assertEquals(fromTsv, fromTtl, "data/links.ttl is generated from the TSV: python3 data/links/build-links-ttl.py");
        long plain = linkTriples(g).size();
        assertEquals(fromTsv.size(), plain, "one plain link triple per TSV row, no other");
        assertTrue(g.contains(NodeFactory.createURI(AIMIL.RESOURCE_NS + "facebook"), SKOS.closeMatch.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q380")), "Facebook is a close match of Meta");
    }
}
