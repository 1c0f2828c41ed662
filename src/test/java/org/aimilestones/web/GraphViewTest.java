package org.aimilestones.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aimilestones.testing.Browser;
import org.aimilestones.testing.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.aimilestones.testing.UsesChromium;

/**
 * The drawing module static/graphview.js on its own, as other pages use it: in Chromium, on a page that loads it
 * (/graph without iri), with made-up data. The same picture whatever the order of the input, growing in place, the
 * layered layout, cut labels, argument errors, no overlapping labels with many nodes, and destroy.
 */
@UsesChromium
class GraphViewTest {

    private static WebServer server;
    private static ChromeDriver browser;

    // a star of 40 around "hub", a chain hub → a → b → c, a pair apart (x – y), and a long label
    private static final String DATA = """
            const nodes = [{id: 'hub', label: 'The hub', group: 'G0'}];
            const edges = [];
            for (let i = 0; i < 40; i++) {
              nodes.push({id: 'n' + String(i).padStart(2, '0'), label: 'Neighbour number ' + i, group: 'G' + (i % 4)});
              edges.push({source: i % 3 ? 'hub' : 'n' + String(i).padStart(2, '0'), target: i % 3
                ? 'n' + String(i).padStart(2, '0') : 'hub', label: 'relation ' + (i % 5)});
            }
            ['a', 'b', 'c'].forEach((id, i) => {
              nodes.push({id, label: 'Chain ' + id, group: 'G1'});
              edges.push({source: i ? ['a', 'b', 'c'][i - 1] : 'hub', target: id, label: 'next'});
            });
            nodes.push({id: 'x', label: 'X'}, {id: 'y', label: 'Y'});
            edges.push({source: 'x', target: 'y', label: 'apart'});
            nodes.push({id: 'long', label: 'A label far too long to be shown whole in the drawing, so it is cut', group: 'G2'});
            edges.push({source: 'long', target: 'hub', label: 'about'});
            const groups = ['G0', 'G1', 'G2', 'G3'].map(g => ({id: g, label: 'Group ' + g}));
            function box(id) {
              const old = document.getElementById(id);
              if (old) old.remove();
              const div = document.createElement('div');
              div.id = id;
              div.style.width = '900px';
              div.style.height = '700px';
              document.body.prepend(div);
              return div;
            }
            """;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = new WebServer();
        browser = Browser.start();
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
    void page() {
        browser.get(server.url("/graph"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("graph-q")));
    }

    @AfterEach
    void noViolations() {
        assertEquals(List.of(), Browser.cspViolations(browser));
    }

    private static Object run(String script) {
        return browser.executeScript(DATA + script);
    }

    @Test
    void theSamePictureWhateverTheOrderOfTheInput() {
        Object forward = run("""
                const v = GraphView.create(box('gv1'));
                v.set({nodes, edges, groups, roots: ['hub']});
                return JSON.stringify(Object.entries(v.positions()).sort());""");
        Object backward = run("""
                const v = GraphView.create(box('gv2'));
                v.set({nodes: nodes.slice().reverse(), edges: edges.slice().reverse(), groups, roots: ['hub']});
                return JSON.stringify(Object.entries(v.positions()).sort());""");
        assertEquals(forward, backward);
        assertTrue(forward.toString().contains("\"hub\",[0,0]"), "the root in the middle: " + forward);
    }

    @Test
    void addingKeepsWhatIsDrawn() {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) run("""
                const v = GraphView.create(box('gv3'));
                v.set({nodes, edges, groups, roots: ['hub']});
                const before = v.positions();
                const added = v.add({nodes: [{id: 'c1', label: 'Child one'}, {id: 'c2', label: 'Child two'}, {id: 'hub'}],
                  edges: [{source: 'c', target: 'c1', label: 'has'}, {source: 'c', target: 'c2', label: 'has'},
                  {source: 'c2', target: 'n05', label: 'also'}]}, {from: 'c'});
                const after = v.positions();
                const kept = Object.keys(before).every(id => after[id][0] === before[id][0] && after[id][1] === before[id][1]);
                const c = after.c;
                const near = ['c1', 'c2'].every(id => Math.hypot(after[id][0] - c[0], after[id][1] - c[1]) < 600);
                return [added, kept, near, Object.keys(after).length - Object.keys(before).length,
                  document.querySelectorAll('#gv3 .gv-node').length];""");
        assertEquals(List.of(2L, true, true, 2L, 49L), result);
    }

    @Test
    void theLayeredLayoutGoesLeftToRightByHop() {
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> p = (Map<String, List<Number>>) run("""
                const v = GraphView.create(box('gv4'), {layout: 'layered'});
                v.set({nodes, edges, groups, roots: ['hub']});
                return v.positions();""");
        double hub = p.get("hub").get(0).doubleValue();
        double a = p.get("a").get(0).doubleValue();
        double b = p.get("b").get(0).doubleValue();
        double c = p.get("c").get(0).doubleValue();
        assertTrue(hub < a && a < b && b < c, hub + " " + a + " " + b + " " + c);
        assertEquals(a, p.get("n01").get(0).doubleValue(), 0.01, "one hop, one column");
        assertTrue(p.get("x").get(0).doubleValue() > c, "a part apart stands beside the rest");
    }

    @Test
    void longLabelsAreCutAndFullElsewhere() {
        @SuppressWarnings("unchecked")
        List<String> result = (List<String>) run("""
                const v = GraphView.create(box('gv5'));
                v.set({nodes, edges, groups, roots: ['hub']});
                const g = document.querySelector('#gv5 .gv-node[data-id="long"]');
                return [g.querySelector('.gv-label').textContent, g.getAttribute('aria-label'),
                  document.querySelector('#gv5 .gv-legend').textContent];""");
        assertTrue(result.get(0).endsWith("…") && result.get(0).length() < 40, result.get(0));
        assertEquals("A label far too long to be shown whole in the drawing, so it is cut (Group G2)", result.get(1));
        assertEquals("Group G0Group G1Group G2Group G3", result.get(2), "the legend: the groups present, in order");
    }

    @Test
    void noLabelsOverlapWithManyNodesAtAnyZoom() {
        String overlaps = """
                const shown = [...document.querySelectorAll('#gv6 svg text')]
                  .filter(t => t.textContent && getComputedStyle(t).visibility !== 'hidden' && !t.closest('.gv-hidden') && !t.closest('.gv-tip'))
                  .map(t => t.getBoundingClientRect());
                let n = 0;
                shown.forEach((a, i) => shown.slice(i + 1).forEach(b => {
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) n++;
                }));
                return [n, shown.length];""";
        run("""
                const v = GraphView.create(box('gv6'));
                v.set({nodes, edges, groups, roots: ['hub']});
                window.gv6 = v;""");
        @SuppressWarnings("unchecked")
        List<Number> fitted = (List<Number>) browser.executeScript(overlaps);
        assertEquals(0, fitted.get(0).intValue());
        assertTrue(fitted.get(1).intValue() > 20, "labels shown: " + fitted);
        for (int i = 0; i < 8; i++) {
            browser.findElement(By.cssSelector("#gv6 .gv-tools button:nth-child(1)")).click();
        }
        @SuppressWarnings("unchecked")
        List<Number> zoomedIn = (List<Number>) browser.executeScript(overlaps);
        assertEquals(0, zoomedIn.get(0).intValue());
        for (int i = 0; i < 16; i++) {
            browser.findElement(By.cssSelector("#gv6 .gv-tools button:nth-child(2)")).click();
        }
        @SuppressWarnings("unchecked")
        List<Number> zoomedOut = (List<Number>) browser.executeScript(overlaps);
        assertEquals(0, zoomedOut.get(0).intValue());
        assertNotEquals(fitted.get(1), zoomedOut.get(1), "zoomed out, fewer labels have room");
    }

    @Test
    void badArgumentsAreNamedAndDestroyLeavesNothing() {
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) run("""
                const out = [];
                const attempt = f => { try { f(); out.push('no error'); } catch (e) { out.push(e.message); } };
                attempt(() => GraphView.create(null));
                attempt(() => GraphView.create(box('gv7'), {layout: 'spiral'}));
                const v = GraphView.create(box('gv7'));
                attempt(() => v.set({}));
                attempt(() => v.set({nodes: [{label: 'no id'}]}));
                v.set({nodes, edges, groups});
                v.destroy();
                out.push(String(document.getElementById('gv7').childElementCount));
                return out;""");
        assertEquals(List.of("GraphView.create: no container element", "GraphView: unknown layout spiral",
                "GraphView: data needs a nodes array", "GraphView: a node needs a string id", "0"), errors);
    }
}
