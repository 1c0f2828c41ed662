package org.aimilestones.web;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.aimilestones.testing.UsesChromium;

/**
 * A resource page lists the documents that state the resource, as `ai-milestones serve --data` serves a copy of the
 * project with made-up sources added ({@link SyntheticSources}): documents in series order (98, 99, 100, not as
 * strings), each with its title and credit; slides by number (6 before 10); cues by number with their time stamp,
 * linked to the video at that second where the source has a video and not linked where it has none.
 */
@UsesChromium
class CitedSourcesPageTest {

    private static final String PAGE = "page/synthetic-sourced-event";

    @TempDir
    static Path tmp;
    private static ServeThread serve;
    private static String page;

    @BeforeAll
    static void start() throws InterruptedException {
        serve = new ServeThread("--data", SyntheticSources.project(tmp.resolve("project")).toString());
        HttpResponse<String> r = Http.get(serve.url() + PAGE, "text/html");
        assertEquals(200, r.statusCode(), r.body());
        page = r.body();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    /** @return the part of the page's source list about the document with this IRI, from its item to the next */
    private static String item(String documentIri) {
        int open = page.indexOf("<ol class=\"sources\">");
        String sources = page.substring(open, page.indexOf("</ol>", open));
        String href = "href=\"/page/" + documentIri.substring(documentIri.indexOf("/resource/") + 10) + "\"";
        int start = sources.indexOf(href);
        assertTrue(start >= 0, "the document " + documentIri + " is listed: " + sources);
        int end = sources.indexOf("<li class=\"source\">", start);
        return sources.substring(start, end < 0 ? sources.length() : end);
    }

    @Test
    void documentsAreInSeriesOrderEachWithItsTitleAndCredit() {
        int first = page.indexOf(item(SyntheticSources.firstTranscript()));
        int deck = page.indexOf(item(SyntheticSources.DECK));
        int last = page.indexOf(item(SyntheticSources.secondTranscript()));
        assertTrue(first < last && last < deck, "series numbers 98, 99, 100 in that order (not as text)");
        String deckItem = item(SyntheticSources.DECK);
        assertTrue(deckItem.contains(">" + SyntheticSources.DECK_TITLE + "<"), deckItem);
        assertTrue(deckItem.contains("lang=\"en\" data-l=\"en\">" + SyntheticSources.DECK_CREDIT + "<"),
                "the English credit, switchable: " + deckItem);
        assertTrue(deckItem.contains("lang=\"zh\" data-l=\"zh\">© 合成作者，仅供测试。<"), "the Chinese credit");
        assertTrue(item(SyntheticSources.firstTranscript()).contains("© ZOMI. The subtitle transcript"),
                "the scaffolded transcript's credit");
    }

    @Test
    void slidesAreSortedAsNumbers() {
        String deck = item(SyntheticSources.DECK);
        int six = deck.indexOf(">Slide 6<");
        int ten = deck.indexOf(">Slide 10<");
        assertTrue(six >= 0 && ten > six, "slide 6 before slide 10: " + deck);
        assertTrue(deck.contains(">第 6 页<") && deck.contains(">第 10 页<"), "in Chinese too");
        assertTrue(deck.contains(">Synthetic slide title 6<"), "with the slide's title");
    }

    @Test
    void cuesAreSortedByNumberWithTheirTimeLinkedToTheVideoAtThatSecond() {
        String first = item(SyntheticSources.firstTranscript());
        int three = first.indexOf(">Cue 3<");
        int twelve = first.indexOf(">Cue 12<");
        assertTrue(three >= 0 && twelve > three, "cue 3 before cue 12: " + first);
        assertTrue(first.contains(">第 3 条字幕<"), "in Chinese too");
        assertTrue(first.contains(">00:01:51</time>") && first.contains(">00:10:05</time>"), "HH:MM:SS time stamps");
        String video = "https://www.bilibili.com/video/" + SyntheticSources.VIDEO;
        assertTrue(first.contains("href=\"" + video + "?t=111\""), "cue 3 opens the video at 111 s: " + first);
        assertTrue(first.contains("href=\"" + video + "?t=605\""), "cue 12 opens the video at 605 s");
        assertTrue(first.contains(">合成事件发生了<"), "the cue's words");
        String last = item(SyntheticSources.secondTranscript());
        assertTrue(last.contains(">Cue 2<") && last.contains(">01:02:03</time>"), last);
        assertFalse(last.contains("?t="), "no video, no link to a second of it: " + last);
        assertFalse(last.contains("class=\"watch\""), last);
    }

    @Test
    void theFooterLinksToTheLandingPagesListOfSourcesAndItHoldsThem() {
        // the one layout's footer, as on every page: the sources by title, and a link to their credits
        String footer = page.substring(page.indexOf("<footer class=\"site\">"));
        assertTrue(footer.contains("<a href=\"/#sources\" data-i18n=\"footer.credits\">"), footer);
        assertTrue(footer.contains("href=\"/page/synthetic-deck\""), footer);
        String landing = Http.get(serve.url(), "text/html").body();
        assertTrue(landing.contains("id=\"sources\""), "the list the footer links to");
        for (String source : List.of(SyntheticSources.firstTranscript(), SyntheticSources.DECK,
                SyntheticSources.secondTranscript())) {
            assertTrue(landing.contains("href=\"/page/" + source.substring(source.indexOf("/resource/") + 10) + "\""),
                    source);
        }
    }

    @Test
    void aSourcesPageListsItsCuesAndADecksPageItsSlidesAsNumbers() {
        String transcript = Http.get(serve.url() + "page/ai-milestones-" + SyntheticSources.FIRST_YEAR
                + "-video-transcript", "text/html").body();
        int two = transcript.indexOf(">Cue 2 (00:00:40)<");
        int ten = transcript.indexOf(">Cue 10 (00:03:00)<");
        assertTrue(two >= 0 && ten > two, "cue 2 before cue 10 in the list of its cues");
        String deck = Http.get(serve.url() + "page/synthetic-deck", "text/html").body();
        int six = deck.indexOf(">Synthetic slide 6<");
        int twelve = deck.indexOf(">Synthetic slide 12<");
        assertTrue(six >= 0 && twelve > six, "slide 6 before slide 12 in the list of its slides");
    }

    @Test
    void naturalOrderReadsNumbersAsNumbers() {
        List<String> sorted = new java.util.ArrayList<>(List.of("Slide 10: b", "slide 6: a", "Cue 100", "Cue 20",
                "Cue 3", "第 10 页", "第 9 页", "Slide 06: c"));
        sorted.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("Cue 3", "Cue 20", "Cue 100", "slide 6: a", "Slide 06: c", "Slide 10: b", "第 9 页",
                "第 10 页"), sorted);
    }

    @Test
    void aCuePageLinksToItsSecondOfTheVideo() {
        String cue = Http.get(serve.url() + "page/ai-milestones-" + SyntheticSources.FIRST_YEAR
                + "-video-transcript/cue-3", "text/html").body();
        assertTrue(cue.contains("href=\"https://www.bilibili.com/video/" + SyntheticSources.VIDEO + "?t=111\""),
                cue);
    }

    @Test
    void theLanguageSwitchShowsTheCreditInThePagesLanguage() {
        Browser.assumeAvailable();
        ChromeDriver browser = Browser.start();
        try {
            browser.get(serve.url() + PAGE);
            WebElement deck = browser.findElement(By.cssSelector("ol.sources a.source-title[href='/page/synthetic-deck']"))
                    .findElement(By.xpath(".."));
            WebElement en = deck.findElement(By.cssSelector(".credit [data-l=en]"));
            WebElement zh = deck.findElement(By.cssSelector(".credit [data-l=zh]"));
            assertTrue(en.isDisplayed() && !zh.isDisplayed(), "English page: the English credit");
            browser.findElement(By.cssSelector("button[data-set=zh]")).click();
            assertTrue(zh.isDisplayed() && !en.isDisplayed(), "Chinese page: the Chinese credit");
            List<WebElement> watch = browser.findElements(By.cssSelector("ol.sources a.watch"));
            assertEquals(2, watch.size(), "two cues with a video");
            assertTrue(watch.get(0).isDisplayed() && watch.get(0).getText().contains("00:01:51"),
                    watch.get(0).getText());
            Browser.screenshot(browser, "cited-sources-zh");
            browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        } finally {
            browser.quit();
        }
    }
}
