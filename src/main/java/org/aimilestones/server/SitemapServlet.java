package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * /sitemap.xml: every page, absolute under the {@link DocumentBase} — the landing page, the web pages, the ontology's
 * documentation and /page/{name} for every resource (the names come from the {@link DatasetDescription}'s scan, made
 * once per data version). The sitemap protocol allows 50,000 URLs in one file; past that, the rest are left out.
 */
final class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The pages other than the resources' own, relative to the document base. */
    static final List<String> PAGES = List.of("", "search", "query", "timeline", "graph", "paths", "ontology.html");
    /** The most URLs one sitemap file may hold. */
    static final int MAX_URLS = 50_000;

    private final transient DatasetDescription description;
    private final transient DocumentBase documentBase;
    private final transient Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long version, byte[] body) {}

    SitemapServlet(DatasetDescription description, DocumentBase documentBase) {
        this.description = description;
        this.documentBase = documentBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = documentBase.of(request);
        DatasetDescription.Computed computed = description.computed();
        Kept k = kept.get(base);
        if (k == null || k.version() != computed.version()) {
            k = new Kept(computed.version(), render(base, computed.resourceNames()).getBytes(StandardCharsets.UTF_8));
            if (kept.size() < 16 || kept.containsKey(base)) {
                kept.put(base, k);
            }
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(k.body().length);
        response.getOutputStream().write(k.body());
    }

    static String render(String base, List<String> resourceNames) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        int n = 0;
        for (String page : PAGES) {
            url(xml, base + page);
            n++;
        }
        for (String name : resourceNames) {
            if (n++ >= MAX_URLS) {
                break;
            }
            url(xml, base + "page/" + name);
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String loc) {
        xml.append("  <url><loc>").append(escape(loc)).append("</loc></url>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** /robots.txt: everything may be crawled but the SPARQL endpoints; the sitemap's URL. */
    static final class Robots extends HttpServlet {

        private static final long serialVersionUID = 1L;

        private final transient DocumentBase documentBase;

        Robots(DocumentBase documentBase) {
            this.documentBase = documentBase;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(text(documentBase.of(request)));
        }

        static String text(String base) {
            return "# AI Milestones: crawl the pages and documents; not the SPARQL endpoints' query URLs.\n"
                    + "User-agent: *\n"
                    + "Allow: /\n"
                    + "Disallow: " + MilestonesServer.DATASET + "/\n"
                    + "Disallow: " + MilestonesServer.DATASET + "?\n"
                    + "Disallow: /api/\n"
                    + "\n"
                    + "Sitemap: " + base + "sitemap.xml\n";
        }
    }
}
