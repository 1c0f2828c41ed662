package org.aimilestones.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.aimilestones.testing.Http;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/** A real Fuseki server on a free port with the linked-data module over a dataset, and GETs to it. */
final class TestServer implements AutoCloseable {

    private final FusekiServer server;

    TestServer(DatasetGraph dataset, Graph ontology) {
        this(dataset, Schemas.ontologyOnly(() -> ontology), IriMapping.DEFAULT);
    }

    TestServer(DatasetGraph dataset, Schemas schemas, IriMapping iris) {
        server = FusekiServer.create().port(0).loopback(true).add("/ai-milestones", dataset)
                .fusekiModules(FusekiModules.create(new LinkedDataModule(() -> dataset, schemas, iris)))
                .build().start();
    }

    /** @return the server's own base, e.g. http://localhost:PORT/ */
    String base() {
        return "http://localhost:" + server.getPort() + "/";
    }

    /** GETs path (raw, sent as written) with header name, value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = Http.request("http://localhost:" + server.getPort() + path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.send(request);
    }

    @Override
    public void close() {
        server.stop();
    }
}
