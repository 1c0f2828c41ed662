package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.testing.SyntheticSources;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The landing page, header and footer read the sources from the graph, as `ai-milestones serve --data` serves a copy
 * of the project with made-up sources added ({@link SyntheticSources}): the span of years is the least and greatest
 * aimil:coversYear of all sources, the landing page lists every source in series order with its credit in English
 * and Chinese, and every page's footer names every source and links to those credits.
 */
@UsesChromium
class LandingSourcesTest {

    private static final String HTML = "text/html";

    @TempDir
    static Path tmp;
    private static ServeThread serve;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread("--data", SyntheticSources.project(tmp.resolve("project")).toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    /** The sources as SPARQL sees them, in series order: IRI, English credit, least and greatest year. */
    private record Source(String iri, String credit) {}

    private static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (JsonValue row : select("SELECT ?s ?credit { ?s a aimil:Source ; aimil:number ?n ; dct:rights ?credit"
                + " FILTER(lang(?credit) = 'en') } ORDER BY ?n")) {
            sources.add(new Source(value(row, "s"), value(row, "credit")));
        }
        return sources;
    }

    private static String span() {
        JsonValue row = select("SELECT (MIN(xsd:integer(str(?y))) AS ?from) (MAX(xsd:integer(str(?y))) AS ?to)"
                + " { ?s aimil:coversYear ?y }").get(0);
        return value(row, "from") + "\u2013" + value(row, "to");
    }

    private static List<JsonValue> select(String where) {
        String query = "PREFIX aimil: <https://w3id.org/ai-milestones/ontology#> PREFIX dct: <http://purl.org/dc/terms/>"
                + " PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + where;
        HttpResponse<String> r = Http.get(serve.url() + "ai-milestones/sparql?query=" + Http.enc(query),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        return json.get("results").getAsObject().get("bindings").getAsArray();
    }

    private static String value(JsonValue row, String name) {
        return row.getAsObject().get(name).getAsObject().get("value").getAsString().value();
    }

    @Test
    void theYearSpanIsReadFromTheGraph() {
        String span = span();
        assertTrue(span.endsWith("\u2013" + SyntheticSources.LAST_YEAR), "the made-up source is the last: " + span);
        for (String path : List.of("", "search", "timeline", "query", "graph")) {
            String page = Http.get(serve.url() + path, HTML).body();
            assertTrue(page.contains("<span class=\"brand-sub\" data-i18n=\"brand.sub\" data-i18n-years=\"" + span + "\">AI milestones "
                    + span + "</span>"), "the header of /" + path + " names " + span);
        }
        String landing = Http.get(serve.url(), HTML).body();
        assertTrue(landing.contains("data-i18n-years=\"" + span + "\">A knowledge graph of AI milestones, " + span
                + "</h1>"), landing);
    }

    @Test
    void theLandingPageListsEverySourceInSeriesOrderWithItsCredit() {
        String landing = Http.get(serve.url(), HTML).body();
        String list = landing.substring(landing.indexOf("<ol class=\"source-list\">"));
        list = list.substring(0, list.indexOf("</ol>"));
        List<Source> sources = sources();
        assertTrue(sources.size() >= 4, "the real sources and the three made-up ones: " + sources);
        int last = -1;
        for (Source s : sources) {
            int at = list.indexOf("href=\"/page/" + s.iri().substring(s.iri().indexOf("/resource/") + 10) + "\"");
            assertTrue(at > last, s.iri() + " listed after the one before it");
            String escaped = s.credit().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    .replace(">", "&gt;").replace("'", "&#39;");
            assertTrue(list.indexOf("<span lang=\"en\" data-l=\"en\">" + escaped + "</span>", at) > at,
                    "the credit of " + s.iri());
            last = at;
        }
        assertTrue(list.contains("<span lang=\"zh\" data-l=\"zh\">© 合成作者，仅供测试。</span>"), "in Chinese too");
        assertTrue(list.contains(">" + SyntheticSources.DECK_TITLE + "</span>"), "the deck's title");
    }

    @Test
    void everyFooterNamesEverySourceAndLinksToTheCredits() {
        List<Source> sources = sources();
        for (String path : List.of("", "search", "timeline", "query", "graph")) {
            String page = Http.get(serve.url() + path, HTML).body();
            String footer = page.substring(page.indexOf("<footer"));
            for (Source s : sources) {
                assertTrue(footer.contains("href=\"/page/" + s.iri().substring(s.iri().indexOf("/resource/") + 10)
                        + "\""), "/" + path + "'s footer names " + s.iri());
            }
            assertTrue(footer.contains("href=\"/#sources\""), "and links to the credits");
            assertFalse(page.contains("{{"), "no unfilled placeholder on /" + path);
        }
    }

    @Test
    void inChromiumTheHeaderAndCreditsFollowTheLanguage() {
        Browser.assumeAvailable();
        ChromeDriver browser = Browser.start();
        try {
            String span = span();
            browser.get(serve.url());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            WebElement brand = browser.findElement(By.cssSelector("[data-i18n='brand.sub']"));
            assertEquals("AI milestones " + span, brand.getText());
            assertEquals("AI Milestones — AI milestones " + span, browser.getTitle());
            WebElement deck = browser.findElement(By.cssSelector(".source-list a[href='/page/synthetic-deck']"))
                    .findElement(By.xpath(".."));
            WebElement en = deck.findElement(By.cssSelector(".source-credit [data-l=en]"));
            WebElement zh = deck.findElement(By.cssSelector(".source-credit [data-l=zh]"));
            assertTrue(en.isDisplayed() && !zh.isDisplayed(), "the English credit in English");
            browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
            wait.until(d -> brand.getText().equals(span + " 年 AI 重大事件"));
            assertEquals(span + " 年 AI 里程碑知识图谱", browser.findElement(By.cssSelector("h1")).getText());
            assertTrue(zh.isDisplayed() && !en.isDisplayed(), "the Chinese credit in Chinese");
            Browser.screenshot(browser, "landing-sources-zh");
            browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
        } finally {
            browser.quit();
        }
    }
}
