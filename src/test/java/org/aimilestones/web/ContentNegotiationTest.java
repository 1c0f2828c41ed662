package org.aimilestones.web;

import static org.aimilestones.web.ContentNegotiation.choose;
import static org.aimilestones.web.ContentNegotiation.language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void browsersGetHtmlAndAnyTypeGetsTurtle() {
        assertEquals(Optional.of(ContentNegotiation.HTML), choose(FIREFOX, null));
        assertEquals(Optional.of(ContentNegotiation.TURTLE), choose("*/*", null));
        assertEquals(Optional.of(ContentNegotiation.TURTLE), choose(null, null));
        assertEquals(Optional.of(ContentNegotiation.TURTLE), choose("", null));
        assertEquals(Optional.empty(), choose(";;;,,,", null), "only empty ranges: nothing acceptable, no exception");
        assertEquals(Optional.of(ContentNegotiation.TURTLE), choose("text/turtle;;", null));
    }

    @Test
    void qValuesAndSpecificityDecide() {
        assertEquals(Optional.of(ContentNegotiation.JSONLD),
                choose("text/turtle;q=0.5, application/ld+json", null));
        assertEquals(Optional.of(ContentNegotiation.NTRIPLES),
                choose("application/*;q=0.2, application/n-triples;q=0.9, application/ld+json;q=0.1", null));
        assertEquals(Optional.of(ContentNegotiation.HTML), choose("text/*, text/turtle;q=0", null));
        assertEquals(Optional.of(ContentNegotiation.RDFXML), choose("application/rdf+xml;q=bad, "
                + "application/rdf+xml;q=0.3", null));
    }

    @Test
    void formatParameterWinsAndNothingAcceptableIsEmpty() {
        assertEquals(Optional.of(ContentNegotiation.RDFXML), choose(FIREFOX, "rdf"));
        assertTrue(choose("text/turtle", "png").isEmpty());
        assertTrue(choose("image/png", null).isEmpty());
        assertTrue(choose("text/turtle;q=0", null).isEmpty());
    }

    @Test
    void chineseOnlyWhenPreferred() {
        assertEquals("zh", language("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals("en", language("en-GB,en;q=0.9,zh;q=0.5"));
        assertEquals("en", language("fr"));
        assertEquals("en", language(null));
    }

    @Test
    void thingsWithoutHtmlGiveBrowsersTurtle() {
        assertEquals(Optional.of(ContentNegotiation.TURTLE), choose(FIREFOX, null, ContentNegotiation.RDF_VARIANTS));
        assertEquals(Optional.of(ContentNegotiation.JSONLD),
                choose("application/ld+json", null, ContentNegotiation.RDF_VARIANTS));
        assertTrue(choose("text/html", null, ContentNegotiation.RDF_VARIANTS).isEmpty());
        assertTrue(choose(null, "html", ContentNegotiation.RDF_VARIANTS).isEmpty());
    }

    @Test
    void documentPathsSplitIntoStemAndRepresentation() {
        assertEquals(Optional.of(Map.entry("alexnet", ContentNegotiation.TURTLE)),
                ContentNegotiation.splitExtension("alexnet.ttl", ContentNegotiation.RDF_VARIANTS));
        assertEquals(Optional.of(Map.entry("a/b.c", ContentNegotiation.JSONLD)),
                ContentNegotiation.splitExtension("a/b.c.jsonld", ContentNegotiation.VARIANTS));
        assertEquals(Optional.of(Map.entry("0.2.0", ContentNegotiation.HTML)),
                ContentNegotiation.splitExtension("0.2.0.html", ContentNegotiation.VARIANTS));
        assertTrue(ContentNegotiation.splitExtension("alexnet.html", ContentNegotiation.RDF_VARIANTS).isEmpty());
        assertTrue(ContentNegotiation.splitExtension("alexnet", ContentNegotiation.VARIANTS).isEmpty());
        assertTrue(ContentNegotiation.splitExtension(".ttl", ContentNegotiation.VARIANTS).isEmpty());
        assertTrue(ContentNegotiation.splitExtension("a.ttl/b", ContentNegotiation.VARIANTS).isEmpty());
        assertTrue(ContentNegotiation.splitExtension("0.2.0", ContentNegotiation.VARIANTS).isEmpty());
    }

    @Test
    void theSearchPageOrItsJson() {
        List<ContentNegotiation.Variant> offered = ContentNegotiation.SEARCH_VARIANTS;
        assertEquals(ContentNegotiation.HTML, ContentNegotiation.chooseOrFirst(FIREFOX, null, offered));
        assertEquals(ContentNegotiation.HTML, ContentNegotiation.chooseOrFirst(null, null, offered));
        assertEquals(ContentNegotiation.HTML, ContentNegotiation.chooseOrFirst("*/*", null, offered));
        assertEquals(ContentNegotiation.JSON, ContentNegotiation.chooseOrFirst("application/json", null, offered));
        assertEquals(ContentNegotiation.JSON, ContentNegotiation.chooseOrFirst(FIREFOX, "json", offered));
        assertEquals(ContentNegotiation.HTML, ContentNegotiation.chooseOrFirst("application/json", "html", offered));
        assertEquals(ContentNegotiation.HTML, ContentNegotiation.chooseOrFirst("image/png", "xml", offered));
    }

    @Test
    void onlyBrowsersPreferHtmlErrorPages() {
        assertTrue(ContentNegotiation.prefersHtml(FIREFOX));
        assertTrue(ContentNegotiation.prefersHtml("text/html"));
        for (String accept : new String[] {null, "", "*/*", "text/*", "text/plain", "application/json",
            "text/turtle, text/html;q=0.5", "application/sparql-results+json", "text/html;q=0"}) {
            assertFalse(ContentNegotiation.prefersHtml(accept), accept);
        }
    }
}
