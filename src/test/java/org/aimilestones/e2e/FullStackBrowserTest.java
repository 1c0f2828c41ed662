package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The whole server as `ai-milestones serve` starts it, in headless Chromium: from the landing page's search to a resource
 * page, along its links, to the ontology page and the graph view; screenshots of the resource and ontology pages.
 */
@UsesChromium
class FullStackBrowserTest {

    private static ServeThread serve;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        serve = new ServeThread();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void searchLeadsToAResourcePageWhoseLinksLeadOn() {
        browser.get(serve.url());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("谷歌收购");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit-link")));
        browser.findElement(By.cssSelector("#hits a.hit-link[href$='/page/google-acquires-deepmind']")).click();
        wait.until(ExpectedConditions.urlToBe(serve.url() + "page/google-acquires-deepmind"));
        assertEquals("Google acquires DeepMind", browser.findElement(By.cssSelector("h1 [lang=en]")).getText());
        assertTrue(browser.getPageSource().contains("Slide 10"), "the source slide is shown");
        assertTrue(browser.findElements(By.cssSelector("a.watch[href^='https://www.youtube.com/watch?v=b6e8CCPp2Kc']"))
                .size() > 0, "the slide's video is linked");
        Browser.screenshot(browser, "resource");

        browser.findElement(By.cssSelector("a[href='/page/deepmind']")).click();
        wait.until(ExpectedConditions.urlToBe(serve.url() + "page/deepmind"));
        assertTrue(browser.findElements(By.cssSelector("a[href='http://www.wikidata.org/entity/Q15733006']")).size() > 0,
                "DeepMind's page links to its Wikidata item");

        browser.findElement(By.cssSelector("button[data-set=zh]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 [lang=zh]")));
        assertEquals("DeepMind", browser.findElement(By.cssSelector("h1 [lang=zh]")).getText());

        browser.findElement(By.partialLinkText("关系图：查看其邻域")).click(); // the page is in Chinese now
        wait.until(ExpectedConditions.urlContains("/graph?iri="));
        wait.until(d -> d.getPageSource().contains("Neighbourhood") || d.getPageSource().contains("关系"));
    }

    @Test
    void ontologyPageListsTheClasses() {
        browser.get(serve.url() + "ontology");
        wait.until(ExpectedConditions.urlToBe(serve.url() + "ontology.html"));
        assertTrue(browser.findElements(By.id("Event")).size() > 0, "a section per class, anchored by its name");
        assertTrue(browser.getPageSource().contains("schema:Event"), "alignments are shown");
        Browser.screenshot(browser, "ontology");
    }
}
