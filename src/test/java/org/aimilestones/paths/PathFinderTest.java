package org.aimilestones.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The path service on src/test/resources/paths/small (with the bundled ontology and its RDFS entailments, as the
 * server serves it): known shortest paths, their order, exclusions, k, the hop bound, the bound on held nodes,
 * unknown and identical endpoints, the places stating each step, and the sentences.
 */
class PathFinderTest {

    static final Path SMALL = Path.of("src/test/resources/paths/small");
    static Graph graph;

    @BeforeAll
    static void load() throws Exception {
        graph = KnowledgeGraph.parse(GraphSource.directory(SMALL)).inferred();
    }

    static String res(String name) {
        return AIMIL.RESOURCE_NS + name;
    }

    static PathQuery query(String from, String to) {
        return PathQuery.of(res(from), res(to));
    }

    /** @return each path as "from -property> to <property- …" with local names */
    static List<String> shown(PathResult result) {
        return result.paths().stream().map(PathFinderTest::shown).toList();
    }

    static String shown(org.aimilestones.paths.Path path) {
        StringBuilder s = new StringBuilder(local(path.start().getURI()));
        for (Hop hop : path.hops()) {
            String p = local(hop.property().getURI());
            s.append(hop.forward() ? " -" + p + "> " : " <" + p + "- ").append(local(hop.node().getURI()));
        }
        return s.toString();
    }

    static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    @Test
    void shortestFirstThenByPropertyAndNodeIris() {
        PathResult result = new PathFinder(graph).find(query("pt-alice", "pt-model"));
        assertEquals(List.of(
                "pt-alice -employer> pt-acme <employer- pt-bob <creator- pt-model",
                "pt-alice -memberOf> pt-club <memberOf- pt-carol <creator- pt-model",
                "pt-alice -employer> pt-acme <partOf- pt-lab <employer- pt-dave <creator- pt-model"),
                shown(result));
    }

    @Test
    void theSameAnswerEveryTime() {
        List<String> first = shown(new PathFinder(graph).find(query("pt-alice", "pt-model")));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, shown(new PathFinder(graph).find(query("pt-alice", "pt-model"))));
        }
        // and the other way round: the same paths reversed
        assertEquals(List.of("pt-model -creator> pt-bob -employer> pt-acme <employer- pt-alice",
                "pt-model -creator> pt-carol -memberOf> pt-club <memberOf- pt-alice",
                "pt-model -creator> pt-dave -employer> pt-lab -partOf> pt-acme <employer- pt-alice"),
                shown(new PathFinder(graph).find(query("pt-model", "pt-alice"))));
    }

    @Test
    void onlyTheMostSpecificPropertyOfEachLink() {
        // Alice aimil:employer Acme entails aimil:affiliation, schema:affiliation, org:memberOf, schema:worksFor …:
        // one edge, not five
        PathResult result = new PathFinder(graph).find(query("pt-alice", "pt-acme").withK(20));
        assertEquals(List.of("pt-alice -employer> pt-acme"), shown(result).stream().filter(s -> s.split(" ").length == 3)
                .toList());
    }

    @Test
    void kLimitsThePaths() {
        assertEquals(1, new PathFinder(graph).find(query("pt-alice", "pt-model").withK(1)).paths().size());
        assertEquals(2, new PathFinder(graph).find(query("pt-alice", "pt-model").withK(2)).paths().size());
        assertEquals(3, new PathFinder(graph).find(query("pt-alice", "pt-model").withK(20)).paths().size());
    }

    @Test
    void theHopBound() {
        assertEquals(2, new PathFinder(graph).find(query("pt-alice", "pt-model").withMaxHops(3)).paths().size());
        assertEquals(List.of(), new PathFinder(graph).find(query("pt-alice", "pt-model").withMaxHops(2)).paths());
        assertEquals(List.of(), new PathFinder(graph).find(query("pt-alice", "pt-island").withMaxHops(6)).paths());
    }

    @Test
    void topicsAndSourcesAreNoWayThroughByDefaultButCanBeIncluded() {
        // Alice and Model are both stated in cue 1 and share a topic: neither makes a path by default
        PathResult byDefault = new PathFinder(graph).find(query("pt-alice", "pt-model").withK(20).withMaxHops(4));
        assertTrue(shown(byDefault).stream().noneMatch(s -> s.contains("topic") || s.contains("statedIn")),
                shown(byDefault).toString());
        // the property alone is not enough: the topic is a hub node
        PathResult property = new PathFinder(graph).find(query("pt-alice", "pt-model")
                .withPolicy(EdgePolicy.of(List.of("aimil:topic"), List.of())));
        assertEquals(3, shown(property).size());
        PathResult included = new PathFinder(graph).find(query("pt-alice", "pt-model")
                .withPolicy(EdgePolicy.of(List.of("aimil:topic", "aimil:Topic"), List.of())));
        assertEquals("pt-alice -topic> pt-topic <topic- pt-model", shown(included).get(0));
        // a hub may be an endpoint
        assertEquals(List.of(), new PathFinder(graph).find(query("pt-alice", "pt-topic").withMaxHops(3)).paths());
        assertEquals("pt-alice -topic> pt-topic", shown(new PathFinder(graph).find(query("pt-alice", "pt-topic")
                .withPolicy(EdgePolicy.of(List.of("aimil:topic"), List.of())))).get(0));
    }

    @Test
    void excludedPropertiesAndNamespaces() {
        PathResult noEmployer = new PathFinder(graph).find(query("pt-alice", "pt-model")
                .withPolicy(EdgePolicy.of(List.of(), List.of("aimil:employer"))));
        assertEquals(List.of("pt-alice -memberOf> pt-club <memberOf- pt-carol <creator- pt-model"), shown(noEmployer));
        PathResult noAimil = new PathFinder(graph).find(query("pt-alice", "pt-model")
                .withPolicy(EdgePolicy.of(List.of(), List.of("aimil:"))));
        assertEquals(List.of(), noAimil.paths());
        // exclude wins over include
        PathResult both = new PathFinder(graph).find(query("pt-alice", "pt-model")
                .withPolicy(EdgePolicy.of(List.of("aimil:topic", "aimil:Topic"), List.of("aimil:topic"))));
        assertEquals(3, both.paths().size());
    }

    @Test
    void unknownAndIdenticalEndpoints() {
        PathRequestException unknown = assertThrows(PathRequestException.class,
                () -> new PathFinder(graph).find(query("pt-alice", "pt-nobody")));
        assertTrue(unknown.getMessage().contains("Unknown to: " + res("pt-nobody")), unknown.getMessage());
        assertTrue(unknown.chinese().contains("未知"), unknown.chinese());
        PathRequestException same = assertThrows(PathRequestException.class, () -> query("pt-alice", "pt-alice"));
        assertTrue(same.getMessage().contains("the same resource"), same.getMessage());
        assertThrows(PathRequestException.class, () -> PathQuery.parse(res("pt-alice"), res("pt-bob"), "0", null,
                null, null, null));
        assertThrows(PathRequestException.class, () -> PathQuery.parse(res("pt-alice"), res("pt-bob"), "21", null,
                null, null, null));
        assertThrows(PathRequestException.class, () -> PathQuery.parse(res("pt-alice"), res("pt-bob"), null, "7",
                null, null, null));
        assertThrows(PathRequestException.class, () -> PathQuery.parse(res("pt-alice"), res("pt-bob"), "x", null,
                null, null, null));
        assertThrows(PathRequestException.class, () -> PathQuery.parse(null, res("pt-bob"), null, null, null, null,
                null));
        assertThrows(PathRequestException.class, () -> PathQuery.parse(res("pt-alice"), res("pt-bob"), null, null,
                null, null, "nope:x"));
        assertEquals(res("pt-alice"), PathQuery.parse("res:pt-alice", res("pt-bob"), null, null, null, null, null)
                .from().getURI());
    }

    @Test
    void theBoundOnHeldNodesNamesItself() {
        PathLimitException e = assertThrows(PathLimitException.class,
                () -> new PathFinder(graph).find(query("pt-alice", "pt-model").withMaxVisited(5)));
        assertTrue(e.getMessage().contains("max-visited"), e.getMessage());
        assertTrue(e.getMessage().contains("5"), e.getMessage());
        assertTrue(e.chinese().contains("max-visited"), e.chinese());
        assertTrue(new PathFinder(graph).find(query("pt-alice", "pt-model")).held() <= PathQuery.DEFAULT_VISITED);
    }

    @Test
    void eachStepWithThePlacesStatingIt() {
        PathResult result = new PathFinder(graph).find(query("pt-alice", "pt-model").withK(1));
        JsonObject json = new PathReport(graph, iri -> Optional.of("/page/" + local(iri))).json(result);
        JsonObject path = json.get("paths").getAsArray().get(0).getAsObject();
        assertEquals(3, path.get("hops").getAsNumber().value().intValue());
        JsonObject first = path.get("nodes").getAsArray().get(0).getAsObject();
        assertEquals("Alice", first.get("label").getAsObject().get("en").getAsString().value());
        assertEquals("爱丽丝", first.get("label").getAsObject().get("zh").getAsString().value());
        assertEquals("/page/pt-alice", first.get("page").getAsString().value());
        var edges = path.get("edges").getAsArray();
        // Alice employer Acme: no cue states both, Alice's own cue
        assertEquals(res("pt-talk-cue-1"), source(edges.get(0).getAsObject()));
        // Bob employer Acme: cue 2 states both
        assertEquals(res("pt-talk-cue-2"), source(edges.get(1).getAsObject()));
        assertEquals("backward", edges.get(1).getAsObject().get("direction").getAsString().value());
        JsonObject cue = edges.get(1).getAsObject().get("sources").getAsArray().get(0).getAsObject();
        assertEquals("cue", cue.get("kind").getAsString().value());
        assertEquals("Cue 2 (00:00:05)", cue.get("label").getAsObject().get("en").getAsString().value());
        assertEquals("/page/pt-talk-cue-2", cue.get("page").getAsString().value());
        assertEquals(res("pt-talk"), cue.get("document").getAsObject().get("iri").getAsString().value());
        // a backward step along a property with a named inverse carries it
        JsonObject creator = edges.get(2).getAsObject();
        assertEquals(AIMIL.NS + "creatorOf", creator.get("inverse").getAsObject().get("iri").getAsString().value());
    }

    static String source(JsonObject edge) {
        return edge.get("sources").getAsArray().get(0).getAsObject().get("iri").getAsString().value();
    }

    @Test
    void sentencesInBothLanguages() {
        PathResult result = new PathFinder(graph).find(query("pt-alice", "pt-model"));
        PathReport report = new PathReport(graph, iri -> Optional.empty());
        assertEquals("Alice — employer → Acme ← employer — Bob — creator of → Model",
                report.sentence(result.paths().get(0), "en"));
        assertTrue(report.sentence(result.paths().get(0), "zh").startsWith("爱丽丝 — "),
                report.sentence(result.paths().get(0), "zh"));
        assertEquals("Alice — employer → Acme — has part → Acme Lab ← employer — Dave — creator of → Model",
                report.sentence(result.paths().get(2), "en"));
    }
}
