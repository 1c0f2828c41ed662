package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aimilestones.testing.Fixture;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading: graph sources, the merged graphs, RDFS inference, and errors that name file, line and column. */
class KnowledgeGraphTest {

    @TempDir
    Path tmp;

    private static Node res(String localName) {
        return NodeFactory.createURI(AIMIL.RESOURCE_NS + localName);
    }

    @Test
    void projectRootListsDataFilesRecursivelyAndSorted() {
        GraphSource src = GraphSource.directory(Fixture.projectRoot(tmp));
        List<Path> files = src.dataFiles();
        assertEquals(List.of(tmp.resolve("data/events.ttl"), tmp.resolve("data/people/people.ttl")), files);
        assertEquals(tmp.resolve("ontology/ai-milestones.ttl"), src.ontologyFile());
        assertEquals(tmp.resolve("ontology/shapes.ttl"), src.shapesFile());
        assertEquals(tmp.resolve("queries"), src.queriesDir());
        assertEquals(tmp.resolve("data/events.ttl").toString(), src.describe(files.get(0)));
    }

    @Test
    void plainDataFolderUsesTheBundledOntology() throws LoadException {
        GraphSource src = GraphSource.directory(Fixture.dataOnly(tmp));
        assertEquals(GraphSource.bundled().ontologyFile(), src.ontologyFile());
        assertEquals("ontology/ai-milestones.ttl", src.describe(src.ontologyFile()));
        assertEquals(2, src.dataFiles().size());
        KnowledgeGraph kg = KnowledgeGraph.load(src);
        assertTrue(kg.ontology().contains(AIMIL.Event.asNode(), RDF.type.asNode(), Node.ANY));
        assertTrue(kg.data().contains(res("alexnet"), RDF.type.asNode(), AIMIL.Model.asNode()));
    }

    @Test
    void describeIsRelativeForAProjectRootGivenRelatively() {
        GraphSource src = GraphSource.directory(Path.of("."));
        assertEquals("ontology/ai-milestones.ttl", src.describe(src.ontologyFile()));
        assertEquals("data/x.ttl", src.describe(Path.of(".", "data", "x.ttl")));
    }

    @Test
    void assertedIsOntologyPlusDataAndInferredAddsRdfsEntailments() throws LoadException {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.directory(Fixture.projectRoot(tmp)));
        Graph asserted = kg.asserted();
        assertEquals(kg.ontology().size() + kg.data().size(), asserted.size(), "ontology and data share no triples");
        Node type = RDF.type.asNode();
        Node alexnetWins = res("alexnet-wins-ilsvrc-2012");
        assertFalse(asserted.contains(alexnetWins, type, AIMIL.Event.asNode()));
        Graph inferred = kg.inferred();
        assertTrue(inferred.contains(alexnetWins, type, AIMIL.Event.asNode()), "subClassOf");
        assertTrue(inferred.contains(alexnetWins, type, NodeFactory.createURI("http://schema.org/Event")),
                "subClassOf, transitively");
        assertTrue(inferred.contains(res("geoffrey-hinton"), AIMIL.memberOf.asNode(), res("supervision-team")));
        assertTrue(inferred.contains(alexnetWins, AIMIL.about.asNode(), res("alexnet")), "subPropertyOf");
        assertTrue(inferred.contains(res("supervision-team"), type, AIMIL.Agent.asNode()), "range");
        assertTrue(inferred.contains(res("google-brain-cat"), type, AIMIL.Event.asNode()), "domain");
        assertFalse(inferred.contains(RDF.type.asNode(), type, RDF.Property.asNode()), "no axiomatic triples");
        assertTrue(asserted.find().toList().stream().allMatch(inferred::contains));
        assertFalse(inferred.find().toList().stream().anyMatch(t -> t.getSubject().isLiteral()), "plain RDF only");
    }

    @Test
    void syntaxErrorNamesFileLineAndColumnAndLoadsNothing() {
        Path root = Fixture.projectRoot(tmp);
        Fixture.write(root, "data/zz-broken.ttl", """
                @prefix res: <https://w3id.org/ai-milestones/resource/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

                res:x rdfs:label "fine"@en .
                res:y rdfs:label "missing dot"@en
                res:z rdfs:label "z"@en .
                """);
        GraphSource src = GraphSource.directory(root);
        LoadException e = assertThrows(LoadException.class, () -> KnowledgeGraph.load(src));
        String shown = src.describe(root.resolve("data/zz-broken.ttl"));
        assertEquals(shown, e.file());
        assertEquals(5, e.line(), "the line missing its dot, not the next one where the parser noticed");
        assertEquals("res:y rdfs:label \"missing dot\"@en".length() + 1, e.column());
        assertTrue(e.getMessage().startsWith(shown + ":5:34: "), e.getMessage());
    }

    @Test
    void undefinedPrefixIsAnError() {
        Path dir = Fixture.write(tmp, "bad.ttl", "@prefix res: <https://w3id.org/ai-milestones/resource/> .\n"
                + "res:x  nope:label \"x\" .\n").getParent();
        LoadException e = assertThrows(LoadException.class, () -> KnowledgeGraph.load(GraphSource.directory(dir)));
        assertEquals(2, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().startsWith(tmp.resolve("bad.ttl") + ":2:8: "), e.getMessage());
    }

    @Test
    void badLiteralIsAnErrorInStrictMode() {
        Path dir = Fixture.write(tmp, "d/bad.ttl", "@prefix res: <https://w3id.org/ai-milestones/resource/> .\n"
                + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                + "res:x res:date \"2012-13-45\"^^xsd:date .\n").getParent();
        LoadException e = assertThrows(LoadException.class, () -> KnowledgeGraph.load(GraphSource.directory(dir)));
        assertEquals(3, e.line());
    }

    @Test
    void missingDirectoryIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> GraphSource.directory(tmp.resolve("nowhere")));
    }

    @Test
    void bundledSourceHasTheOntology() throws LoadException {
        GraphSource src = GraphSource.bundled();
        assertEquals("ontology/ai-milestones.ttl", src.describe(src.ontologyFile()));
        assertTrue(KnowledgeGraph.load(src).ontology().size() > 100);
    }
}
