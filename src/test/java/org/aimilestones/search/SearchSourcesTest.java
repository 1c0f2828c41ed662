package org.aimilestones.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.testing.SyntheticSources;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * /search shows where each hit is stated, as `ai-milestones serve --data` serves a copy of the project with made-up
 * sources added ({@link SyntheticSources}): the documents in series order with their slides or cues, a cue with its
 * time and, where its source has a video, a link to that second; in JSON and on the page in Chromium.
 */
@UsesChromium
class SearchSourcesTest {

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

    private static JsonObject hit(String q, String iri) {
        HttpResponse<String> r = Http.get(serve.url() + "search?q=" + Http.enc(q), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        for (JsonValue hit : JSON.parse(r.body()).get("hits").getAsArray()) {
            if (hit.getAsObject().get("iri").getAsString().value().equals(iri)) {
                return hit.getAsObject();
            }
        }
        throw new AssertionError(q + " does not find " + iri + ": " + r.body());
    }

    private static String text(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private static long number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }

    @Test
    void aHitCarriesItsSourcesInSeriesOrderWithTheirSlidesAndCues() {
        JsonArray sources = hit("合成的有出处事件", SyntheticSources.EVENT).get("sources").getAsArray();
        assertEquals(List.of(SyntheticSources.firstTranscript(), SyntheticSources.secondTranscript(),
                SyntheticSources.DECK), sources.stream().map(s -> text(s.getAsObject(), "iri")).toList());

        JsonObject first = sources.get(0).getAsObject();
        assertEquals("/page/ai-milestones-" + SyntheticSources.FIRST_YEAR + "-video-transcript", text(first, "page"));
        assertEquals(98, number(first, "number"));
        JsonArray cues = first.get("places").getAsArray();
        assertEquals(List.of(3L, 12L), cues.stream().map(c -> number(c.getAsObject(), "number")).toList());
        JsonObject three = cues.get(0).getAsObject();
        assertEquals("cue", text(three, "kind"));
        assertEquals("00:01:51", text(three, "time"));
        assertEquals(111, number(three, "seconds"));
        assertEquals("https://www.bilibili.com/video/" + SyntheticSources.VIDEO + "?t=111", text(three, "watch"));

        JsonObject deck = sources.get(2).getAsObject();
        assertEquals(SyntheticSources.DECK_TITLE, text(deck.get("title").getAsObject(), "en"));
        JsonArray slides = deck.get("places").getAsArray();
        assertEquals(List.of(6L, 10L), slides.stream().map(s -> number(s.getAsObject(), "number")).toList());
        assertEquals("slide", text(slides.get(0).getAsObject(), "kind"));

        JsonObject last = sources.get(1).getAsObject().get("places").getAsArray().get(0).getAsObject();
        assertEquals("01:02:03", text(last, "time"));
        assertFalse(last.hasKey("watch"), "no video, no watch link");
    }

    @Test
    void aHitOfTheRealGraphNamesItsSlideAndAResourceStatedNowhereNone() {
        JsonObject deepmind = hit("谷歌收购 DeepMind", "https://w3id.org/ai-milestones/resource/google-acquires-deepmind");
        JsonObject source = deepmind.get("sources").getAsArray().get(0).getAsObject();
        assertTrue(source.get("title").getAsObject().hasKey("zh"), source.toString());
        JsonObject slide = source.get("places").getAsArray().get(0).getAsObject();
        assertEquals("slide", text(slide, "kind"));
        assertTrue(number(slide, "number") > 0);
        assertFalse(slide.hasKey("time"));
    }

    @Test
    void theSearchPageShowsTheSourcesOfEachHit() {
        Browser.assumeAvailable();
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(serve.url() + "search?q=" + Http.enc("合成的有出处事件"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit .sources")));
            By sourcesOfHit = By.xpath("//li[contains(@class,'hit')][.//a[@href='/page/synthetic-sourced-event']]"
                    + "//p[@class='sources']");
            WebElement hit = browser.findElement(sourcesOfHit).findElement(By.xpath(".."));
            String shown = hit.findElement(By.cssSelector(".sources")).getText();
            assertTrue(shown.startsWith("Stated in:"), shown);
            assertTrue(shown.indexOf("cue 3 00:01:51") < shown.indexOf(SyntheticSources.DECK_TITLE), shown);
            assertTrue(shown.contains("slide 6, slide 10"), shown);
            assertTrue(shown.contains("cue 2 01:02:03"), shown);
            List<WebElement> watch = hit.findElements(By.cssSelector(".sources a.watch"));
            assertEquals(2, watch.size(), "the two cues of the source with a video");
            assertEquals("https://www.bilibili.com/video/" + SyntheticSources.VIDEO + "?t=605",
                    watch.get(1).getAttribute("href"));
            browser.findElement(By.cssSelector("#lang-switch button[data-set=zh]")).click();
            // the list is drawn anew in the other language
            wait.until(d -> d.findElement(sourcesOfHit).getText().startsWith("出处："));
            assertTrue(browser.findElement(sourcesOfHit).getText().contains("第 6 页, 第 10 页"));
            Browser.screenshot(browser, "search-sources-zh");
            browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
        } finally {
            browser.quit();
        }
    }
}
