package org.aimilestones.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.SearchServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The ai-milestones web pages as a Fuseki module: the landing page, search, the SPARQL editor, the timeline and the graph
 * view, their JSON helpers and their static files (own and webjars), all served from the jar. The pages query the
 * dataset's SPARQL endpoint {@value #SPARQL} and link to the resource pages under {@code /resource/}.
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
 * {@code ?format=json}), {@code /query}, {@code /timeline}, {@code /graph?iri=}, {@code /api/queries},
 * {@code /assets/*}, {@code /webjars/*}.
 */
public final class WebModule implements FusekiModule {

    /** The SPARQL endpoint the pages query. */
    public static final String SPARQL = "/ai-milestones/sparql";

    private final Supplier<DatasetGraph> data;
    private final NamedQueries queries;

    /**
     * @param data    the served dataset (wrapped by {@link org.aimilestones.search.TextIndex#wrap}, for search), asked anew
     *                for each request
     * @param queries the example queries offered by the query editor
     */
    public WebModule(Supplier<DatasetGraph> data, NamedQueries queries) {
        this.data = data;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "ai-milestones-web";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Templates templates = new Templates();
        Stats stats = new Stats(data);
        // "" is the context root only; "/" stays Fuseki's backstop (404)
        builder.addServlet("", new PageServlet(templates, "landing", stats::asMap));
        builder.addServlet("/search", new NegotiatingServlet(
                new PageServlet(templates, "search", Map::of), new SearchServlet(data)));
        builder.addServlet("/query", new PageServlet(templates, "query", Map::of));
        builder.addServlet("/timeline", new PageServlet(templates, "timeline", Map::of));
        builder.addServlet("/graph", new PageServlet(templates, "graph", Map::of));
        builder.addServlet("/api/queries", new QueriesServlet(queries));
        builder.addServlet("/assets/*", new ClasspathServlet("org/aimilestones/web/static/"));
        builder.addServlet("/webjars/*", new ClasspathServlet("META-INF/resources/webjars/"));
    }
}
