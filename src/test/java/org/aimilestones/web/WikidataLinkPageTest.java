package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** A resource page of the shipped graph shows its Wikidata link with the link's confidence, linked to its evidence. */
class WikidataLinkPageTest {

    @Test
    void pagesShowTheWikidataLinkAndItsConfidence() throws Exception {
        KnowledgeGraph kg = KnowledgeGraph.load(GraphSource.directory(Path.of(".")));
        ResourcePage page = new ResourcePage(kg.inferred(), IriMapping.DEFAULT);
        String ibm = page.render(NodeFactory.createURI(IriMapping.NAMESPACE + "resource/ibm"), "en", null);
        assertTrue(ibm.contains("Wikidata (same as)") && ibm.contains("href=\"http://www.wikidata.org/entity/Q37156\""),
                ibm);
        assertTrue(ibm.contains("<a href=\"/page/ibm/wikidata-link\"><span lang=\"en\" data-l=\"en\">single-source</span>"
                + "<span lang=\"zh\" data-l=\"zh\">单一来源</span></a>"), "confidence links to evidence, in both languages");
        assertTrue(ibm.contains(">Wikidata Q37156</a>"), "the item named in words");
        assertTrue(!ibm.contains("owl:sameAs") && ibm.indexOf("wikidata.org/entity/Q37156\" class") == ibm.lastIndexOf(
                "wikidata.org/entity/Q37156\" class"), "one Wikidata link, no raw owl:sameAs row");
        String concept = page.render(NodeFactory.createURI(IriMapping.NAMESPACE + "resource/deep-learning"), "en", null);
        assertTrue(concept.contains("Wikidata (exact match)")
                && concept.contains("href=\"http://www.wikidata.org/entity/Q197536\""), concept);
        String facebook = page.render(NodeFactory.createURI(IriMapping.NAMESPACE + "resource/facebook"), "en", null);
        assertTrue(facebook.contains("Wikidata (same as)") && facebook.contains(">confirmed</span>")
                && !facebook.contains("close match"), facebook);
    }
}
