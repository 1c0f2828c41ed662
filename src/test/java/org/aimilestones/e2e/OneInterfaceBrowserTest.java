package org.aimilestones.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.ServeThread;
import org.aimilestones.web.SafeUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The one interface in Chromium, over the decade graph as `serve` serves it: the language chosen on one page (English,
 * Chinese or both) holds on every page, after a reload too, for the scripts' texts and the server's bilingual spans
 * alike; in Chinese no page shows an English UI string (outside data values and the allow-list
 * src/test/resources/web/untranslated-allow.tsv); the error pages are styled and switch language like the others;
 * the scripts' URL sanitizer agrees with the server's; no page has a Content-Security-Policy violation.
 */
@UsesChromium
class OneInterfaceBrowserTest {

    /** Every kind of page: landing, search, timeline, graph, editor, a resource, the ontology, a 404. */
    static final List<String> PAGES = List.of("", "search?q=DeepMind", "timeline",
            "graph?iri=https%3A%2F%2Fw3id.org%2Fai-milestones%2Fresource%2Fopenai", "query", "page/openai",
            "ontology.html", "no-such-page");

    private static ServeThread serve;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws InterruptedException {
        Browser.assumeAvailable();
        serve = new ServeThread();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    @BeforeEach
    void open() {
        browser = Browser.start(); // a fresh profile: nothing stored
        Browser.watchActivity(browser);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens page and waits until it has settled: loaded, no fetch in flight, and unchanged for 0.3 s. */
    private void visit(String page) {
        browser.get(serve.url() + page);
        settle();
    }

    private void settle() {
        Browser.settle(browser, 300);
    }

    private Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    /** Checks that the page shows the language setting mode, for the scripts' texts and the server's spans. */
    private void assertShown(String page, String mode) {
        String where = page + " in " + mode;
        assertEquals(mode, js("return document.documentElement.dataset.show"), where);
        assertEquals(mode, js("return I18N.mode()"), where);
        assertEquals(mode.equals("zh") ? "zh" : "en", js("return I18N.lang()"), where);
        assertEquals("true", browser.findElement(By.cssSelector("button[data-set=" + mode + "]"))
                .getDomAttribute("aria-pressed"), where);
        String search = browser.findElement(By.cssSelector("a[data-nav=search]")).getText();
        String title = browser.getTitle();
        switch (mode) {
            case "en" -> assertTrue(search.equals("Search") && title.contains("AI Milestones")
                    && !title.contains("里程碑"), where + ": " + search + " / " + title);
            case "zh" -> assertTrue(search.equals("搜索") && title.contains("AI 里程碑"),
                    where + ": " + search + " / " + title);
            default -> assertTrue(search.contains("Search") && search.contains("搜索") && title.contains("AI Milestones")
                    && title.contains("AI 里程碑"), where + ": " + search + " / " + title);
        }
        // the server's bilingual spans (footer of a document page, the error page, resource facts) follow too
        @SuppressWarnings("unchecked")
        Map<String, Object> spans = (Map<String, Object>) js("""
                const shown = l => [...document.querySelectorAll('[data-l="' + l + '"]')]
                    .filter(e => e.checkVisibility()).length;
                return { en: shown('en'), zh: shown('zh') };""");
        long en = (Long) spans.get("en");
        long zh = (Long) spans.get("zh");
        switch (mode) {
            case "en" -> assertEquals(0L, zh, where + ": no Chinese span shows");
            case "zh" -> assertEquals(0L, en, where + ": no English span shows");
            default -> assertTrue(en > 0 && zh > 0, where + ": both show " + spans);
        }
        assertEquals(List.of(), Browser.cspViolations(browser), where);
    }

    @Test
    void theLanguageChosenOnOnePageHoldsOnEveryPage() {
        visit("");
        assertShown("", "en"); // --lang=en-US, nothing stored
        browser.findElement(By.cssSelector("button[data-set=zh]")).click();
        assertShown("", "zh");
        for (String page : PAGES) {
            visit(page);
            assertShown(page, "zh");
        }
        browser.navigate().refresh();
        settle();
        assertShown("no-such-page (reloaded)", "zh");

        visit("ontology.html"); // chosen on another page than the landing page
        browser.findElement(By.cssSelector("button[data-set=both]")).click();
        for (String page : PAGES) {
            visit(page);
            assertShown(page, "both");
            Browser.screenshot(browser, "both-" + (page.isEmpty() ? "landing" : page.replaceAll("[^a-z]+", "-")));
        }

        visit("no-such-page"); // and back to English on the error page
        browser.findElement(By.cssSelector("button[data-set=en]")).click();
        for (String page : PAGES) {
            visit(page);
            assertShown(page, "en");
        }
        browser.navigate().refresh();
        settle();
        assertShown("no-such-page (reloaded)", "en");
    }

    /**
     * Collects the visible texts and UI attributes with a Latin word outside the data values (arguments[0]: a CSS
     * selector of the elements holding data values), each as [where, text].
     */
    private static final String LATIN_TEXTS = """
            const DATA = arguments[0];
            const latin = s => /[A-Za-z]{2,}/.test(s);
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const text = walker.currentNode.textContent.trim();
              const el = walker.currentNode.parentElement;
              if (latin(text) && el && !el.closest(DATA) && el.checkVisibility({ visibilityProperty: true })) {
                found.push([el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className ? '.' + String(el.className).replace(/ /g, '.') : ''), text]);
              }
            }
            for (const attribute of ['placeholder', 'title', 'aria-label', 'alt']) {
              document.body.querySelectorAll('[' + attribute + ']').forEach(el => {
                const text = el.getAttribute(attribute);
                if (latin(text) && !el.closest(DATA)) found.push([attribute, text]);
              });
            }
            // the title names the page's topic, a data value (a resource's label), before the brand
            const values = new Set([...document.querySelectorAll(DATA)].map(e => e.textContent.trim()));
            const dash = document.title.lastIndexOf(' — ');
            const title = dash > 0 && values.has(document.title.substring(0, dash))
              ? document.title.substring(dash + 3) : document.title;
            if (latin(title)) found.push(['title', title]);
            return found;""";

    @Test
    void chineseShowsNoEnglishUiString() throws IOException {
        List<Pattern> allowed = new ArrayList<>();
        for (String[] entry : entries("untranslated-allow.tsv")) {
            allowed.add(Pattern.compile(entry[0]));
        }
        String data = String.join(", ", entries("data-values.tsv").stream().map(e -> e[0]).toList());
        visit("");
        browser.findElement(By.cssSelector("button[data-set=zh]")).click();
        List<String> untranslated = new ArrayList<>();
        for (String page : PAGES) {
            visit(page);
            @SuppressWarnings("unchecked")
            List<List<String>> texts = (List<List<String>>) js(LATIN_TEXTS, data);
            for (List<String> text : texts) {
                String rest = withoutLabels(text.get(1));
                for (Pattern p : allowed) {
                    rest = p.matcher(rest).replaceAll(" ");
                }
                if (Pattern.compile("[A-Za-z]{2,}").matcher(rest).find()) {
                    untranslated.add("/" + page + " " + text.get(0) + ": " + text.get(1));
                }
            }
            Browser.screenshot(browser, "zh-" + (page.isEmpty() ? "landing" : page.replaceAll("[^a-z]+", "-")));
        }
        assertEquals(List.of(), untranslated, "English UI strings in Chinese mode");
    }

    /** The labels of the graph's resources, longest first: data values, also where a UI string names one. */
    private static List<String> labels;

    /** @return text without the graph's labels in it ("与OpenAI相连" → "与相连"; "在图中展开ChatGPT" → "在图中展开") */
    private static String withoutLabels(String text) {
        if (labels == null) {
            org.apache.jena.graph.Graph g = org.aimilestones.testing.ServedGraph.plain().getDefaultGraph();
            labels = g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.graph.Node.ANY).mapWith(t -> t.getObject()).filterKeep(o -> o.isLiteral())
                    .mapWith(o -> o.getLiteralLexicalForm()).toList().stream().filter(l -> l.length() > 1).distinct()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        }
        String rest = text;
        for (String label : labels) {
            if (rest.contains(label)) {
                rest = rest.replace(label, " ");
            }
        }
        return rest;
    }

    /** The entries of a file of src/test/resources/web/: a pattern, a tab, the reason for it (required). */
    static List<String[]> entries(String file) throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/web", file))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            assertTrue(parts.length == 2 && !parts[1].isBlank(), file + ": an entry without its reason: " + line);
            entries.add(parts);
        }
        return entries;
    }

    @Test
    void errorPagesAreStyledAndSwitchLanguage() {
        visit("page/no-such-thing");
        assertTrue(browser.findElements(By.cssSelector(".error-page form.search-box input[name=q]")).size() == 1,
                "a search box");
        assertEquals("404 Not found", browser.findElement(By.cssSelector(".error-page h1")).getText());
        browser.findElement(By.cssSelector("button[data-set=zh]")).click();
        assertEquals("404 未找到", browser.findElement(By.cssSelector(".error-page h1")).getText());
        browser.findElement(By.cssSelector(".error-page input[name=q]")).sendKeys("DeepMind");
        browser.findElement(By.cssSelector(".error-page button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search?q=DeepMind"));
        settle();
        assertShown("search from the 404 page", "zh");
        visit("assets/nothing.css");
        assertEquals("404 未找到", browser.findElement(By.cssSelector(".error-page h1")).getText());
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    @Test
    void theFrameFitsAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String mode : List.of("zh", "both")) {
            visit("");
            browser.findElement(By.cssSelector("button[data-set=" + mode + "]")).click();
            for (String page : PAGES) {
                visit(page);
                String where = page + " in " + mode + " at 390 px";
                Number viewport = (Number) js("return document.documentElement.clientWidth");
                for (String part : List.of("header.site", "footer.site", "main > :first-child")) {
                    Number right = (Number) js("return Math.ceil(document.querySelector(arguments[0])"
                            + ".getBoundingClientRect().right)", part);
                    assertTrue(right.intValue() <= viewport.intValue(), where + ": " + part + " ends at " + right);
                }
                Browser.screenshot(browser, "phone-" + mode + "-"
                        + (page.isEmpty() ? "landing" : page.replaceAll("[^a-z]+", "-")));
                if (!page.startsWith("timeline") && !page.startsWith("graph") && !page.startsWith("query")) {
                    Number width = (Number) js("return document.documentElement.scrollWidth");
                    assertTrue(width.intValue() <= viewport.intValue(), () -> where + ": the page scrolls sideways, "
                            + width + " > " + viewport + ": " + js("""
                                    return [...document.body.querySelectorAll('*')]
                                      .filter(e => e.getBoundingClientRect().right > arguments[0] + 1)
                                      .slice(0, 8).map(e => e.tagName + '.' + e.className).join(' ')""", viewport));
                }
            }
        }
    }

    /** URLs that are safe or not, tricky ones first; the scripts and the server must judge each alike. */
    static final List<String> URLS = List.of("javascript:alert(1)", " javascript:alert(1)", "\u0001javascript:x",
            "java\tscript:x", "java\nscript:x", "jav\rascript:x", "JaVaScRiPt:x", "vbscript:x", "data:text/html,x",
            "file:///etc/passwd", "\u0000javascript:x", "java\u0000script:x", "javascript\u00a0:x", "ja%76ascript:x",
            "http://example.org/", "HTTPS://example.org/", "mailto:a@example.org", "/page/alexnet", "page/x",
            "//example.org/x", "?q=1", "#top", "", " ", "a:b", "a+b.c-d:x", "1http:x", "http:", "https://[::1",
            "http://exa mple.org/", "\u2028javascript:x", "\tjavascript:x\t", "javascript&colon;x", "tel:123",
            "ftp://example.org/");

    @Test
    void theScriptsSanitizeUrlsAsTheServerDoes() {
        visit("");
        @SuppressWarnings("unchecked")
        List<Boolean> script = (List<Boolean>) js("return arguments[0].map(u => AIMIL.safeHref(u) !== null);", URLS);
        for (int i = 0; i < URLS.size(); i++) {
            assertEquals(SafeUrl.isSafe(URLS.get(i)), script.get(i), "the two sanitizers disagree on "
                    + URLS.get(i).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        assertTrue(script.contains(true) && script.contains(false));
    }
}
