package org.aimilestones.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.TextIndex;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.testing.Http;
import org.aimilestones.web.WebModule;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same paths over a TDB2 store, served through the RDFS view that computes the entailments as it is read (not
 * the materialized closure of the in-memory server): the walk reads the store through find() and drops the entailed
 * super-properties all the same; path:find answers through the endpoint too.
 */
class PathsOverTdb2Test {

    @TempDir
    Path tmp;

    @Test
    void theSamePathsFromTheStore() throws Exception {
        GraphSource source = GraphSource.directory(PathFinderTest.SMALL);
        ServerConfig config = ServerConfig.builder().source(source).port(0).tdb2(tmp.resolve("store"))
                .layer(TextIndex::wrap).module(served -> new WebModule(() -> served, new NamedQueries(source)))
                .build();
        try (MilestonesServer server = MilestonesServer.start(config)) {
            HttpResponse<String> response = Http.get(server.url() + "paths?from=res:pt-alice&to=res:pt-model",
                    "application/json");
            assertEquals(200, response.statusCode(), response.body());
            JsonArray paths = JSON.parse(response.body()).get("paths").getAsArray();
            List<String> shown = paths.stream().map(p -> String.join(" ", p.getAsObject().get("edges").getAsArray()
                    .stream().map(e -> PathFinderTest.local(e.getAsObject().get("property").getAsObject().get("iri")
                            .getAsString().value()) + ":" + e.getAsObject().get("direction").getAsString().value())
                    .toList())).toList();
            assertEquals(List.of("employer:forward employer:backward creator:backward",
                    "memberOf:forward memberOf:backward creator:backward",
                    "employer:forward partOf:backward employer:backward creator:backward"), shown);
            HttpResponse<String> sparql = Http.postForm(server.url() + "ai-milestones/sparql", "query=" + Http.enc(
                    PathsHttpTest.PREFIXES + "SELECT * WHERE { (?path ?hop) path:find (res:pt-alice res:pt-model 1) }"),
                    "application/sparql-results+json");
            assertEquals(200, sparql.statusCode(), sparql.body());
            assertEquals(3, JSON.parse(sparql.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        }
    }
}
