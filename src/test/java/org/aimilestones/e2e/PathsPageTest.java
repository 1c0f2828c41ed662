package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.Http;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.vocab.AIMIL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The path explorer in Chromium over the decade graph, served by ai-milestones serve (its Content-Security-Policy
 * included): pick two resources by typing (in English, then in Chinese), read the paths as sentences, follow a node's
 * link to its page; the same in Chinese from a permalink; at phone width without sideways scrolling; an error shown
 * on the page. No CSP violation anywhere; screenshots under target/screenshots/paths-*.png.
 */
@UsesChromium
class PathsPageTest {

    static final String HINTON = AIMIL.RESOURCE_NS + "geoffrey-hinton";
    static final String ALEXNET = AIMIL.RESOURCE_NS + "alexnet";

    static ServeThread serve;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        serve = new ServeThread();
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    static void lang(String lang) {
        driver.get(serve.url());
        driver.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0]);", lang);
    }

    /** Types text into the picker and clicks the hit for iri in its list. */
    static void pick(String picker, String text, String iri) {
        WebElement box = driver.findElement(By.id(picker + "-text"));
        box.clear();
        box.sendKeys(text);
        By hit = By.cssSelector("#" + picker + "-hits li[data-iri=\"" + iri + "\"]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(hit));
        driver.findElement(hit).click();
        assertEquals(iri, driver.findElement(By.id(picker)).getAttribute("value"));
    }

    static List<String> sentences() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paths-list .sentence")));
        return driver.findElements(By.cssSelector("#paths-list .sentence")).stream().map(WebElement::getText).toList();
    }

    static void noCspViolation(String where) {
        assertEquals(List.of(), Browser.cspViolations(driver), where);
    }

    @Test
    void pickTwoByTypingReadTheSentencesAndFollowANode() {
        lang("en");
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(serve.url() + "paths");
        assertTrue(driver.findElement(By.id("paths-status")).getText().contains("Type a name"),
                driver.findElement(By.id("paths-status")).getText());
        pick("from", "Geoffrey Hinton", HINTON);
        pick("to", "AlexNet", ALEXNET);
        driver.findElement(By.id("paths-go")).click();
        List<String> sentences = sentences();
        assertEquals(5, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).startsWith("Geoffrey Hinton — leads → Geoffrey Hinton's team — creator of →"
                + " AlexNet"), sentences.get(0));
        assertTrue(driver.getCurrentUrl().contains("from=" + Http.enc(HINTON)), driver.getCurrentUrl());
        // the steps name their sources; the drawing has the two ends and a node per step in between
        String steps = driver.findElement(By.cssSelector("#paths-list .steps")).getText();
        assertTrue(steps.contains("stated in"), steps);
        assertTrue(driver.findElements(By.cssSelector("#paths-drawing svg .node")).size() >= 3);
        assertTrue(driver.findElement(By.id("paths-status")).getText().contains("5 paths between Geoffrey Hinton and"
                + " AlexNet"), driver.findElement(By.id("paths-status")).getText());
        Browser.screenshot(driver, "paths-en");
        noCspViolation("paths page in English");
        // a node of a path is a link to its page
        driver.findElement(By.xpath("//ol[@id='paths-list']/li[1]//a[@class='node-link'][text()=\"Geoffrey Hinton's"
                + " team\"]")).click();
        wait.until(ExpectedConditions.urlContains("/page/geoffrey-hintons-team"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Geoffrey Hinton's team"));
        noCspViolation("the node's page");
    }

    @Test
    void inChineseFromAPermalinkAndByTyping() {
        lang("zh");
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(serve.url() + "paths?from=" + Http.enc(HINTON) + "&to=" + Http.enc(ALEXNET) + "&k=3");
        List<String> sentences = sentences();
        assertEquals(3, sentences.size(), sentences.toString());
        assertTrue(sentences.get(0).startsWith("杰弗里·辛顿 — 领导 → 辛顿团队 — 创造了 → AlexNet"), sentences.get(0));
        assertEquals("杰弗里·辛顿", driver.findElement(By.id("from-text")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("#paths-list .steps")).getText().contains("出处"));
        Browser.screenshot(driver, "paths-zh");
        // typing in Chinese finds the same resources
        pick("from", "辛顿", HINTON);
        pick("to", "AlexNet", ALEXNET);
        driver.findElement(By.id("paths-go")).click();
        wait.until(d -> d.findElements(By.cssSelector("#paths-list .sentence")).size() == 3);
        // the language switch rewrites the sentences
        driver.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
        wait.until(d -> d.findElement(By.cssSelector("#paths-list .sentence")).getText().startsWith("Geoffrey Hinton"));
        noCspViolation("paths page in Chinese");
    }

    @Test
    void atPhoneWidth() {
        for (String lang : List.of("en", "zh")) {
            lang(lang);
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.get(serve.url() + "paths?from=" + Http.enc(HINTON) + "&to=" + Http.enc(ALEXNET));
            assertEquals(5, sentences().size());
            Number scroll = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(scroll.intValue() <= 0, "the page scrolls sideways by " + scroll + " px in " + lang);
            Browser.screenshot(driver, "paths-phone-" + lang);
            driver.executeScript("document.getElementById('paths-drawing').scrollIntoView();");
            Browser.screenshot(driver, "paths-phone-drawing-" + lang);
            noCspViolation("paths page at phone width in " + lang);
        }
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void anErrorIsShownOnThePage() {
        lang("en");
        driver.get(serve.url() + "paths?from=" + Http.enc(HINTON) + "&to=" + Http.enc(HINTON));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paths-status"), "the same resource"));
        lang("zh");
        driver.get(serve.url() + "paths?from=" + Http.enc(HINTON) + "&to=" + Http.enc(AIMIL.RESOURCE_NS + "nobody"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paths-status"), "未知"));
        // the form says which endpoint is still to be picked
        driver.get(serve.url() + "paths");
        driver.findElement(By.id("from-text")).sendKeys("zzzzqqq");
        driver.findElement(By.id("paths-go")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("paths-status"), "起点"));
        noCspViolation("errors on the paths page");
    }
}
