package org.aimilestones.testing;

import java.net.http.HttpResponse;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.web.WebModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;

/** A real Fuseki server on a free port: dataset /ai-milestones (the text-indexed served graph) and the {@link WebModule}. */
public final class WebServer implements AutoCloseable {

    private final DatasetGraph dataset;
    private final FusekiServer server;

    /** Starts the server over the bundled graph. */
    public WebServer() {
        this(ServedGraph.indexed());
    }

    /** Starts the server over dataset (wrapped by {@link org.aimilestones.search.TextIndex#wrap} for search). */
    public WebServer(DatasetGraph served) {
        dataset = served;
        WebModule web = new WebModule(() -> dataset, new NamedQueries(GraphSource.bundled()));
        server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/ai-milestones", dataset)
                .fusekiModules(FusekiModules.create(web))
                .build()
                .start();
    }

    /** @return the served dataset */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** @return the absolute URL of path on this server */
    public String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    /** @return the response to GET path with the given Accept header */
    public HttpResponse<String> get(String path, String accept) {
        return Http.get(url(path), accept);
    }

    @Override
    public void close() {
        server.stop();
    }
}
