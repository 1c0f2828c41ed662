package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
 * has exactly one aimil:Link resource restating it with evidence and a confidence; every evidence IRI is a public GitHub
 * URL pinned to a commit (or the project's shared list, which never counts); confirmed links have evidence from two or
 * more independent repositories, single-source links from exactly one (or none, if the shared list backs them);
 * owl:sameAs joins only like things (never a SKOS concept); the TSV and the Turtle say the same.
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
    /** The opaque IRIs of the first search, replaced by the URLs of the very same files: none may come back. */
    private static final String STORED_FILE = "urn:x-ai-milestones:stored-public-file:";
    private static final String SHARED_LIST = "urn:x-ai-milestones:shared-list:wikidata-links.tsv";
    /** A public GitHub file pinned to a commit: https://github.com/OWNER/REPO/blob/COMMIT/PATH. */
    private static final Pattern PINNED = Pattern.compile("^https://github\\.com/([^/]+/[^/]+)/blob/[0-9a-f]{40}/.+");

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
     * What is wrong with the evidence of one link, empty if nothing: each evidence IRI is a GitHub URL pinned to a
     * commit or the shared list (never an opaque stored-file IRI); a confirmed link has URLs from two or more distinct
     * owner/repository pairs; a single-source link has exactly one URL, or none if the shared list backs it. The shared
     * list is the project's own earlier finding, not a public source: it never counts.
     */
    static List<String> evidenceProblems(String link, String confidence, List<String> evidence) {
        List<String> problems = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Set<String> repositories = new TreeSet<>();
        for (String e : evidence) {
            if (e.equals(SHARED_LIST)) {
                continue;
            }
            Matcher m = PINNED.matcher(e);
            if (e.startsWith(STORED_FILE)) {
                problems.add(link + ": opaque stored-file IRI " + e);
            } else if (!m.matches()) {
                problems.add(link + ": not a GitHub URL pinned to a commit: " + e);
            } else {
                urls.add(e);
                repositories.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        switch (confidence) {
            case "confirmed" -> {
                if (repositories.size() < 2) {
                    problems.add(link + ": confirmed with " + repositories.size() + " independent repositories "
                            + repositories);
                }
            }
            case "single-source" -> {
                boolean one = urls.size() == 1;
                boolean sharedListOnly = urls.isEmpty() && evidence.contains(SHARED_LIST);
                if (!one && !sharedListOnly) {
                    problems.add(link + ": single-source with " + urls.size() + " URLs " + urls);
                }
            }
            default -> problems.add(link + ": unknown confidence " + confidence);
        }
        return problems;
    }

    @Test
    void theEvidenceRulesRejectWhatTheyShould() {
        String a = "https://github.com/a/one/blob/" + "0123456789abcdef".repeat(2) + "01234567/x.py";
        String a2 = "https://github.com/a/one/blob/" + "fedcba9876543210".repeat(2) + "76543210/y.py";
        String b = "https://github.com/b/two/blob/" + "0123456789abcdef".repeat(2) + "01234567/docs/z.md";
        assertEquals(List.of(), evidenceProblems("ok", "confirmed", List.of(SHARED_LIST, a, b)));
        assertEquals(List.of(), evidenceProblems("ok", "single-source", List.of(a)));
        assertEquals(List.of(), evidenceProblems("ok", "single-source", List.of(SHARED_LIST)));
        assertEquals(List.of(), evidenceProblems("ok", "single-source", List.of(SHARED_LIST, b)));
        for (List<String> bad : List.of(
                List.of(STORED_FILE + "12", a),                                  // the opaque IRI is gone for good
                List.of("https://github.com/a/one/blob/main/x.py"),              // a branch moves: pin a commit
                List.of("https://github.com/a/one/blob/0123abc/x.py"),           // a short commit is not a pin
                List.of("https://raw.githubusercontent.com/a/one/" + "0123456789abcdef".repeat(2) + "01234567/x"),
                List.of("https://en.wikipedia.org/wiki/Baidu"))) {
            assertFalse(evidenceProblems("bad", "single-source", bad).isEmpty(), bad.toString());
        }
        assertFalse(evidenceProblems("bad", "confirmed", List.of(a, a2)).isEmpty(), "one repository twice is one source");
        assertFalse(evidenceProblems("bad", "confirmed", List.of(SHARED_LIST, a)).isEmpty(), "the shared list never counts");
        assertFalse(evidenceProblems("bad", "confirmed", List.of(SHARED_LIST)).isEmpty());
        assertFalse(evidenceProblems("bad", "single-source", List.of(a, b)).isEmpty(), "two sources: confirmed, not single");
        assertFalse(evidenceProblems("bad", "single-source", List.of()).isEmpty(), "no source and no shared list");
        assertFalse(evidenceProblems("bad", "likely", List.of(a)).isEmpty());
    }

    @Test
    void everyLinkHasPinnedPublicEvidenceMatchingItsConfidence() throws IOException {
        for (Path file : List.of(TSV, TTL)) {
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains(STORED_FILE),
                    file + " still names a stored file of the search index instead of its public URL");
        }
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(TSV, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("entity\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            problems.addAll(evidenceProblems(f[0], f[3], List.of(f[4].trim().split("\\s+"))));
            rows++;
        }
        assertTrue(rows >= 14, "rows of the TSV: " + rows);
        Graph data = ShippedGraph.get().data();
        data.find(Node.ANY, RDF.type.asNode(), AIMIL.Link.asNode()).forEachRemaining(r -> {
            Node link = r.getSubject();
            List<Node> confidence = objects(data, link, AIMIL.linkConfidence.asNode());
            List<String> evidence = objects(data, link, AIMIL.evidence.asNode()).stream().map(Node::getURI).toList();
            problems.addAll(evidenceProblems(link.getURI(),
                    confidence.size() == 1 ? confidence.get(0).getLiteralLexicalForm() : confidence.toString(),
                    evidence));
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
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
        assertTrue(g.contains(NodeFactory.createURI(AIMIL.RESOURCE_NS + "facebook"), OWL.sameAs.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q380")),
                "the company Facebook (Facebook, Inc., renamed Meta Platforms) is the very same thing as Q380");
        assertFalse(g.contains(NodeFactory.createURI(AIMIL.RESOURCE_NS + "facebook"), SKOS.closeMatch.asNode(),
                Node.ANY), "a company is not a SKOS concept: no skos:closeMatch from it");
    }
}
