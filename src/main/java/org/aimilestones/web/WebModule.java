package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.SearchServlet;
import org.aimilestones.server.DatasetJsonLd;
import org.aimilestones.server.DocumentBase;
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
 * {@code ?format=json}), {@code /query}, {@code /timeline}, {@code /graph?iri=}, {@code /api/queries}, {@code /api/prefixes},
 * {@code /api/terms} (the ontology's classes and properties), {@code /api/complete?q=} (resources by label),
 * {@code /assets/*}, {@code /webjars/*}.
 */
public final class WebModule implements FusekiModule {

    /** The SPARQL endpoint the pages query. */
    public static final String SPARQL = "/ai-milestones/sparql";

    /** The pages other than the landing page, with their names in English and Chinese (for their JSON-LD). */
    static final Map<String, List<String>> PAGES = Map.of(
            "search", List.of("Search — AI Milestones", "搜索 — AI Milestones"),
            "query", List.of("SPARQL editor — AI Milestones", "SPARQL 编辑器 — AI Milestones"),
            "timeline", List.of("Timeline — AI Milestones", "时间线 — AI Milestones"),
            "graph", List.of("Graph — AI Milestones", "关系图 — AI Milestones"));

    private final Supplier<DatasetGraph> data;
    private final NamedQueries queries;
    private final DocumentBase documentBase;
    private final Stats stats;
    private final SourceCredits credits;

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
        String json = DatasetJsonLd.dataset(stats.described(), base);
        StringBuilder head = new StringBuilder(link("canonical", null, base));
        for (String[] doc : DOCUMENTS) {
            head.append(link("alternate", doc[1], base + "dataset." + doc[0]));
        }
        return head.append("<script type=\"application/ld+json\">").append(json).append("</script>\n").toString();
    }

    /** Another page's head: canonical link and a schema.org WebPage that is part of the dataset. */
    private String pageHead(HttpServletRequest request, String page) {
        String base = documentBase.of(request);
        List<String> names = PAGES.get(page);
        return link("canonical", null, base + page) + "<script type=\"application/ld+json\">"
                + DatasetJsonLd.webPage(base, page, names.get(0), names.get(1)) + "</script>\n";
    }

    private static final String[][] DOCUMENTS = {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
        {"nt", "application/n-triples"}, {"rdf", "application/rdf+xml"}};

    private static String link(String rel, String type, String href) {
        return "<link rel=\"" + rel + "\"" + (type == null ? "" : " type=\"" + type + "\"") + " href=\""
                + Templates.escape(href) + "\">\n";
    }

    @Override
    public String name() {
        return "ai-milestones-web";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Templates templates = new Templates();
        // "" is the context root only; "/" stays Fuseki's backstop (404)
        // every page: the year span (header, title) and the sources (footer); the landing page its counts too
        Supplier<Map<String, String>> years = () -> credits.get().values();
        Supplier<Map<String, String>> sources = () -> credits.get().html();
        builder.addServlet("", new PageServlet(templates, "landing", () -> {
            Map<String, String> values = new HashMap<>(stats.asMap());
            values.putAll(years.get());
            return values;
        }, sources, this::landingHead));
        builder.addServlet("/search", new NegotiatingServlet(
                new PageServlet(templates, "search", years, sources, request -> pageHead(request, "search")),
                new SearchServlet(data)));
        for (String page : List.of("query", "timeline", "graph")) {
            builder.addServlet("/" + page, new PageServlet(templates, page, years, sources,
                    request -> pageHead(request, page)));
        }
        builder.addServlet("/api/queries", new QueriesServlet(queries, data));
        builder.addServlet("/api/prefixes", new PrefixesServlet());
        builder.addServlet("/api/terms", new TermsServlet(data));
        builder.addServlet("/api/complete", new CompletionServlet(data));
        builder.addServlet("/assets/*", new ClasspathServlet("org/aimilestones/web/static/"));
        builder.addServlet("/webjars/*", new ClasspathServlet("META-INF/resources/webjars/"));
    }
}
