package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.WebServer;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The graph page (/graph?iri=) and its drawing (static/graphview.js) over the bundled graph, in Chromium: the same
 * picture on every load, expanding in place from the list and from the keyboard, the neighbour list's links, unknown
 * and missing IRIs, Chinese labels, no two labels overlapping, phone width, no Content-Security-Policy violation.
 * Screenshots: target/screenshots/graph-*.png.
 */
@UsesChromium
class GraphPageTest {

    static final String RES = "https://w3id.org/ai-milestones/resource/";
    static final String OPENAI = RES + "openai";
    static final String GOOGLE = RES + "google";

    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer();
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void english() {
        language("en");
    }

    @AfterEach
    void noViolations() {
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    private static void language(String lang) {
        browser.get(server.url("/"));
        browser.executeScript("localStorage.setItem('ai-milestones.lang', arguments[0])", lang);
    }

    /** Opens the graph page of iri and waits for the drawing and the list. */
    static void open(ChromeDriver driver, WebDriverWait until, String base, String iri) {
        driver.get(base + "graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        until.until(d -> iri.equals(d.findElement(By.id("graph")).getDomAttribute("data-center")));
    }

    private static void open(String iri) {
        open(browser, wait, server.url("/"), iri);
    }

    /** @return every drawn node as "IRI x y" (its position in the layout), sorted */
    @SuppressWarnings("unchecked")
    static List<String> positions(ChromeDriver driver) {
        return ((List<String>) driver.executeScript("return [...document.querySelectorAll('#graph .gv-node')]"
                + ".map(g => g.dataset.id + ' ' + g.dataset.x + ' ' + g.dataset.y)")).stream().sorted().toList();
    }

    /** @return the pairs of shown labels (node and edge labels; not the tooltip, which lies over them) whose boxes on the screen intersect, as text */
    @SuppressWarnings("unchecked")
    static List<String> overlappingLabels(ChromeDriver driver) {
        // at rest: nothing pointed at or focused (which shows a node's edge labels over the others)
        new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
        driver.executeScript("document.activeElement && document.activeElement.blur()");
        return (List<String>) driver.executeScript("""
                const shown = [...document.querySelectorAll('#graph svg text')]
                  .filter(t => t.textContent && getComputedStyle(t).visibility !== 'hidden'
                    && !t.closest('.gv-hidden') && !t.closest('.gv-tip'))
                  .map(t => [t.textContent, t.getBoundingClientRect()]);
                const out = [];
                shown.forEach(([s, a], i) => shown.slice(i + 1).forEach(([u, b]) => {
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
                    out.push(s + ' × ' + u);
                  }
                }));
                return out;""", List.of());
    }

    /** @return [shown node labels, node labels] */
    @SuppressWarnings("unchecked")
    static List<Long> shownLabels(ChromeDriver driver) {
        return (List<Long>) driver.executeScript("return [document.querySelectorAll('#graph .gv-label:not(.gv-hidden)')"
                + ".length, document.querySelectorAll('#graph .gv-label').length]");
    }

    private static int count(String css) {
        return browser.findElements(By.cssSelector(css)).size();
    }

    private static long neighbours(String iri) {
        String q = "SELECT (COUNT(DISTINCT ?n) AS ?c) { { <" + iri + "> ?p ?n } UNION { ?n ?p <" + iri + "> }"
                + " FILTER(isIRI(?n) && STRSTARTS(STR(?n), \"" + RES + "\") && ?n != <" + iri + ">) }";
        return Txn.calculateRead(server.dataset(), () -> ((Number) QueryExec.dataset(server.dataset()).query(q)
                .select().next().get("c").getLiteralValue()).longValue());
    }

    @Test
    void theSamePictureOnEveryLoad() {
        open(OPENAI);
        List<String> first = positions(browser);
        assertTrue(first.size() > 10, first.toString());
        expandFromList(RES + "sam-altman");
        List<String> grown = positions(browser);
        open(OPENAI);
        assertEquals(first, positions(browser));
        expandFromList(RES + "sam-altman");
        assertEquals(grown, positions(browser));
    }

    private static void expandFromList(String iri) {
        String expanded = browser.findElement(By.id("graph")).getDomAttribute("data-expanded");
        WebElement button = browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + iri + "'] .graph-expand"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(d -> !expanded.equals(d.findElement(By.id("graph")).getDomAttribute("data-expanded")));
    }

    @Test
    void expandingGrowsTheListAndTheDrawingInPlace() {
        open(GOOGLE);
        assertEquals(neighbours(GOOGLE), Long.parseLong(browser.findElement(By.id("graph")).getDomAttribute("data-listed")));
        int listed = count("#graph-hoods li");
        List<String> before = positions(browser);
        expandFromList(RES + "deepmind");
        assertTrue(count("#graph-hoods li") > listed, "the list grew");
        assertEquals(2, count(".graph-hood"));
        List<String> after = positions(browser);
        assertTrue(after.size() > before.size(), "the drawing grew: " + before.size() + " → " + after.size());
        assertTrue(after.containsAll(before), "the nodes drawn before stay where they were");
        assertTrue(browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + RES + "deepmind'] .graph-expand"))
                .getDomAttribute("disabled") != null);
        assertEquals(List.of(), overlappingLabels(browser));

        // from the keyboard: Tab reaches the drawing's current node, arrows move, Enter expands
        WebElement current = browser.findElement(By.cssSelector("#graph .gv-node[tabindex='0']"));
        browser.executeScript("arguments[0].focus()", current);
        String expanded = browser.findElement(By.id("graph")).getDomAttribute("data-expanded");
        String target = null;
        for (int i = 0; i < 60 && target == null; i++) {
            new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
            String id = browser.switchTo().activeElement().getDomAttribute("data-id");
            boolean done = !browser.findElements(By.cssSelector(".graph-hood[data-iri='" + id + "']")).isEmpty();
            if (id != null && !done) {
                target = id;
            }
        }
        assertTrue(target != null, "the arrow keys reach a node not expanded");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> !expanded.equals(d.findElement(By.id("graph")).getDomAttribute("data-expanded")));
        assertEquals(1, count(".graph-hood[data-iri='" + target + "']"));
        Browser.screenshot(browser, "graph-expanded-en");
    }

    @Test
    void theListLinksToPagesAndCentres() {
        open(OPENAI);
        WebElement link = browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + RES + "sam-altman'] a.graph-nbr"));
        assertEquals("/page/sam-altman", link.getDomAttribute("href"));
        link.click();
        wait.until(ExpectedConditions.urlToBe(server.url("/page/sam-altman")));
        browser.navigate().back();
        wait.until(d -> OPENAI.equals(d.findElement(By.id("graph")).getDomAttribute("data-center")));
        browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + RES + "sam-altman'] a.graph-centre")).click();
        wait.until(d -> (RES + "sam-altman").equals(d.findElement(By.id("graph")).getDomAttribute("data-center")));
        assertTrue(browser.findElement(By.id("graph-page")).getDomAttribute("href").endsWith("/page/sam-altman"));
        assertEquals("Sam Altman", browser.findElement(By.id("graph-center")).getText());
    }

    @Test
    void anUnknownIriSaysSo() {
        String unknown = RES + "no-such-thing-anywhere";
        browser.get(server.url("/graph?iri=" + URLEncoder.encode(unknown, StandardCharsets.UTF_8)));
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("graph-message")));
        wait.until(d -> !message.getText().isEmpty());
        assertTrue(message.getText().startsWith("Nothing in the graph is about " + unknown), message.getText());
        assertEquals(0, count("#graph .gv-node"));
        assertFalse(browser.findElement(By.id("graph-layout")).isDisplayed());
        assertTrue(browser.findElement(By.id("graph-q")).isDisplayed());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph-examples a")));
        Browser.screenshot(browser, "graph-unknown-en");

        language("zh");
        browser.get(server.url("/graph?iri=" + URLEncoder.encode("not an IRI", StandardCharsets.UTF_8)));
        WebElement zh = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("graph-message")));
        assertTrue(zh.getText().startsWith("图谱中没有关于 not an IRI 的内容"), zh.getText());
        assertEquals("图谱中没有此资源", browser.findElement(By.id("graph-heading")).getText());
    }

    @Test
    void withoutAnIriAPickerFindsOne() {
        browser.get(server.url("/graph"));
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("graph-q")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph-examples a")));
        box.sendKeys("吴恩达");
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#graph-suggestions a")));
        assertEquals("/graph?iri=" + URLEncoder.encode(RES + "andrew-ng", StandardCharsets.UTF_8),
                hit.getDomAttribute("href"));
        Browser.screenshot(browser, "graph-prompt-en");
        hit.click();
        wait.until(d -> (RES + "andrew-ng").equals(d.findElement(By.id("graph")).getDomAttribute("data-center")));
        assertTrue(count("#graph .gv-node") > 1);
    }

    @Test
    void chineseLabelsInChinese() {
        language("zh");
        open(GOOGLE);
        assertEquals("谷歌", browser.findElement(By.id("graph-center")).getText());
        assertEquals("谷歌", browser.findElement(By.cssSelector("#graph .gv-root .gv-label")).getText());
        assertEquals("谷歌", browser.findElement(By.cssSelector("#graph .gv-root")).getDomAttribute("aria-label")
                .replaceAll(" \\(.*", ""));
        assertTrue(browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + RES + "deepmind'] .graph-expand"))
                .getText().equals("展开"));
        assertTrue(browser.findElement(By.cssSelector(".gv-legend")).getText().contains("机构"));
        assertEquals(List.of(), overlappingLabels(browser));
        Browser.screenshot(browser, "graph-zh");

        // and back to English on the page: the drawing and the list follow
        List<String> zhPositions = positions(browser);
        browser.findElement(By.cssSelector("#lang-switch button[data-set=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("graph-center"), "Google"));
        assertEquals("Google", browser.findElement(By.cssSelector("#graph .gv-root .gv-label")).getText());
        assertEquals("Expand", browser.findElement(By.cssSelector(".graph-hood li[data-iri='" + RES + "deepmind']"
                + " .graph-expand")).getText());
        assertEquals(zhPositions.size(), positions(browser).size());
        assertEquals(List.of(), overlappingLabels(browser));
    }

    @Test
    void labelsNeverOverlap() {
        for (String name : List.of("openai", "google", "alexnet", "deep-learning", "geoffrey-hinton")) {
            open(RES + name);
            assertEquals(List.of(), overlappingLabels(browser), name);
            List<Long> shown = shownLabels(browser);
            assertTrue(shown.get(0) * 10 >= shown.get(1) * 7, name + ": only " + shown + " node labels shown");
            // zoomed out as far as it goes: still no overlap, fewer labels
            for (int i = 0; i < 12; i++) {
                browser.findElement(By.cssSelector(".gv-tools button:nth-child(2)")).click();
            }
            assertEquals(List.of(), overlappingLabels(browser), name + " zoomed out");
        }
        open(OPENAI);
        Browser.screenshot(browser, "graph-desktop-en");
        Browser.screenshot(browser, "graph"); // the name docs/server.md shows
    }

    @Test
    void atPhoneWidth() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            open(OPENAI);
            Number scroll = (Number) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, scroll.intValue(), "the page scrolls sideways");
            WebElement drawing = browser.findElement(By.id("graph"));
            WebElement list = browser.findElement(By.id("graph-list"));
            assertTrue(drawing.getRect().getY() + drawing.getRect().getHeight() <= list.getRect().getY(),
                    "the drawing above the list");
            assertTrue(drawing.getRect().getWidth() <= 390);
            assertEquals(List.of(), overlappingLabels(browser));
            Browser.screenshot(browser, "graph-phone-en");
            WebElement link = list.findElement(By.cssSelector("a.graph-nbr"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            String href = link.getDomAttribute("href");
            link.click();
            wait.until(ExpectedConditions.urlToBe(server.url(href)));
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void pointingAtANodeShowsItsFullLabel() {
        open(OPENAI);
        // a node whose label is cut: its tooltip (an SVG box) and its aria-label have the full one
        WebElement cut = browser.findElements(By.cssSelector("#graph .gv-node")).stream()
                .filter(g -> g.findElement(By.cssSelector(".gv-label")).getText().endsWith("…")).findFirst()
                .orElseThrow(() -> new AssertionError("no label is cut"));
        String full = cut.getDomAttribute("aria-label").replaceAll(" \\([^)]*\\)$", "");
        assertNotEquals(cut.findElement(By.cssSelector(".gv-label")).getText(), full);
        browser.executeScript("arguments[0].focus()", cut);
        WebElement tip = browser.findElement(By.cssSelector("#graph .gv-tip"));
        wait.until(d -> !tip.getDomAttribute("class").contains("gv-hidden"));
        assertTrue(tip.getText().startsWith(full), tip.getText() + " / " + full);
        assertTrue(browser.findElement(By.id("graph-selected")).getText().startsWith(full));
    }
}
