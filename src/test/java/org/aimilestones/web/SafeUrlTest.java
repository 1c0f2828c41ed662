package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one URL sanitizer of the server's pages; SafeInABrowserTest checks that the pages' script agrees with it. */
public class SafeUrlTest {

    /** URLs and whether they may become links, as a browser would read them. */
    public static final Map<String, Boolean> CASES = cases();

    private static Map<String, Boolean> cases() {
        Map<String, Boolean> cases = new LinkedHashMap<>();
        cases.put("http://example.org/x", true);
        cases.put("HTTPS://example.org/x", true);
        cases.put("mailto:someone@example.org", true);
        cases.put("/page/alexnet", true);
        cases.put("page/alexnet", true);
        cases.put("../x", true);
        cases.put("#Event", true);
        cases.put("?q=x", true);
        cases.put("//example.org/x", true);
        cases.put("", true);
        cases.put("1javascript:alert(1)", true); // no scheme: a relative path
        cases.put("javascript:alert(1)", false);
        cases.put("JavaScript:alert(1)", false);
        cases.put(" javascript:alert(1)", false);
        cases.put("\u0001javascript:alert(1)", false);
        cases.put("java\tscript:alert(1)", false);
        cases.put("java\nscript:alert(1)", false);
        cases.put("javascript:alert(1) ", false);
        cases.put("data:text/html,<script>alert(1)</script>", false);
        cases.put("vbscript:msgbox(1)", false);
        cases.put("file:///etc/passwd", false);
        cases.put("urn:isbn:123", false);
        cases.put("ftp://example.org/x", false);
        cases.put("x-test:foo", false);
        return cases;
    }

    @Test
    void onlyHttpHttpsMailtoAndRelativeUrlsAreLinks() {
        CASES.forEach((url, safe) -> assertEquals(safe, SafeUrl.isSafe(url), "[" + url + "]"));
        assertEquals(false, SafeUrl.isSafe(null));
    }

    @Test
    void pagesNeverWriteAnUnsafeHref() {
        Html html = new Html().open("a", "href", "javascript:alert(1)").text("x").close("a")
                .link("data:text/html,x", "y").link("/page/x", "z");
        assertEquals("<a>x</a>y<a href=\"/page/x\">z</a>", html.toString());
    }
}
