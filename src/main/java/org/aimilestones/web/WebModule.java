package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aimilestones.paths.PathsFunction;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.SearchServlet;
import org.aimilestones.server.DatasetJsonLd;
import org.aimilestones.server.DocumentBase;
import org.aimilestones.server.ErrorPages;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The ai-milestones web pages as a Fuseki module: the landing page, search, the SPARQL editor, the timeline and the graph
 * view, their JSON helpers and their static files (own and webjars), all served from the jar. The pages query the
 * dataset's SPARQL endpoint {@value #SPARQL} and link to the resource pages under {@code /page/}.
 *
 * <p>Wiring, as the tests do it:
 * <pre>{@code
 * DatasetGraph served = TextIndex.wrap(txnMemDatasetHoldingTheGraph);
 * FusekiServer.create().port(port)
 *     .add("/ai-milestones", served)
 *     .fusekiModules(FusekiModules.create(new WebModule(() -> served, new NamedQueries(source))))
 *     .build().start();
 * }</pre>
 * URLs: {@code /} (landing), {@code /search} (page; JSON for {@code Accept: application/json} or
 * {@code ?format=json}), {@code /query}, {@code /timeline}, {@code /graph?iri=}, {@code /paths?from=&to=} (page;
 * JSON as /search, see {@link PathsServlet}), {@code /api/queries}, {@code /api/prefixes},
 * {@code /api/terms} (the ontology's classes and properties), {@code /api/complete?q=} (resources by label),
 * {@code /assets/*}, {@code /webjars/*} (version-free: {@code /webjars/echarts/echarts.min.js}). Every page is framed by
 * the one {@link PageLayout}, which also makes the HTML error pages the server sends browsers ({@link ErrorPages}).
 */
public final class WebModule implements FusekiModule, ErrorPages {

    /** The SPARQL endpoint the pages query. */
    public static final String SPARQL = "/ai-milestones/sparql";

    /** The pages other than the landing page, with their names in English and Chinese (for their JSON-LD). */
    static final Map<String, List<String>> PAGES = Map.of(
            "search", List.of("Search — AI Milestones", "搜索 — AI 里程碑"),
            "query", List.of("SPARQL editor — AI Milestones", "SPARQL 编辑器 — AI 里程碑"),
            "timeline", List.of("Timeline — AI Milestones", "时间线 — AI 里程碑"),
            "graph", List.of("Graph — AI Milestones", "关系图 — AI 里程碑"),
            "paths", List.of("Paths — AI Milestones", "关系路径 — AI 里程碑"));

    private final Supplier<DatasetGraph> data;
    private final NamedQueries queries;
    private final DocumentBase documentBase;
    private final Stats stats;
    private final SourceCredits credits;
    private final PageLayout layout;

    /**
     * @param data    the served dataset (wrapped by {@link org.aimilestones.search.TextIndex#wrap}, for search), asked anew
     *                for each request
     * @param queries the example queries offered by the query editor
     */
    public WebModule(Supplier<DatasetGraph> data, NamedQueries queries) {
        this(data, queries, DocumentBase.LOCAL);
    }

    /**
     * @param documentBase where the pages are served (--base-url, --trust-forwarded): the canonical links and the
     *                     URLs in the pages' JSON-LD are under it
     */
    public WebModule(Supplier<DatasetGraph> data, NamedQueries queries, DocumentBase documentBase) {
        this.data = data;
        this.queries = queries;
        this.documentBase = documentBase;
        this.stats = new Stats(data);
        this.credits = new SourceCredits(data);
        this.layout = new PageLayout(new Templates(), credits);
    }

    /** @return how many times the landing page's counts were counted (for tests: once per data version) */
    long countings() {
        return stats.countings();
    }

    /** @return how many times the sources' years and credits were read (for tests: once per data version) */
    long sourceReadings() {
        return credits.readings();
    }

    /** The landing page's head: canonical link, the dataset's RDF documents and its schema.org Dataset. */
    private String landingHead(HttpServletRequest request) {
        String base = documentBase.of(request);
        Html head = new Html().open("link", "rel", "canonical", "href", base).raw("\n");
        for (String[] doc : DOCUMENTS) {
            head.open("link", "rel", "alternate", "type", doc[1], "href", base + "dataset." + doc[0]).raw("\n");
        }
        return head.dataScript("application/ld+json", DatasetJsonLd.dataset(stats.described(), base)).raw("\n")
                .toString();
    }

    /** Another page's head: canonical link and a schema.org WebPage that is part of the dataset. */
    private String pageHead(HttpServletRequest request, String page) {
        String base = documentBase.of(request);
        List<String> names = PAGES.get(page);
        Html head = new Html().open("link", "rel", "canonical", "href", base + page).raw("\n");
        return names == null ? head.toString() : head.dataScript("application/ld+json",
                DatasetJsonLd.webPage(base, page, names.get(0), names.get(1))).raw("\n").toString();
    }

    private static final String[][] DOCUMENTS = {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
        {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}};

    /** The HTML error page for a browser (a client preferring text/html), in the one layout; else none. */
    @Override
    public Optional<String> page(int status, String message, String accept, String acceptLanguage) {
        if (!ContentNegotiation.prefersHtml(accept)) {
            return Optional.empty();
        }
        return Optional.of(layout.error(status, message, ContentNegotiation.language(acceptLanguage)));
    }

    @Override
    public String name() {
        return "ai-milestones-web";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "" is the context root only; "/" stays Fuseki's backstop (404)
        // every page: the year span (header, title) and the sources (footer), from the layout; the landing page its
        // counts too
        builder.addServlet("", new PageServlet(layout, "landing", this::landingTitle, stats::asMap, this::landingHead,
                null));
        builder.addServlet("/search", new PageServlet(layout, "search", () -> PAGES.get("search"), Map::of,
                request -> pageHead(request, "search"), new SearchServlet(data)));
        for (String page : List.of("query", "timeline", "graph")) {
            builder.addServlet("/" + page, new PageServlet(layout, page, PAGES.get(page), Map::of,
                    request -> pageHead(request, page)));
        }
        PathsFunction.register();
        builder.addServlet("/paths", new PageServlet(layout, "paths", () -> PAGES.get("paths"), Map::of,
                request -> pageHead(request, "paths"), new PathsServlet(data, IriMapping.DEFAULT)));
        builder.addServlet("/api/queries", new QueriesServlet(queries, data));
        builder.addServlet("/api/prefixes", new PrefixesServlet());
        builder.addServlet("/api/terms", new TermsServlet(data));
        builder.addServlet("/api/complete", new CompletionServlet(data));
        builder.addServlet("/assets/*", ClasspathServlet.assets());
        builder.addServlet("/webjars/*", ClasspathServlet.webjars());
    }

    /** The landing page's title in English and Chinese, with the sources' span of years when they cover any. */
    private List<String> landingTitle() {
        String years = layout.sources().map(SourceCredits.Shown::years).orElse("");
        return years.isEmpty() ? List.of(PageLayout.BRAND_EN, PageLayout.BRAND_ZH)
                : List.of(PageLayout.BRAND_EN + " — AI milestones " + years,
                        PageLayout.BRAND_ZH + " — " + years + " 年 AI 重大事件");
    }
}
