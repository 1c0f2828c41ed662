package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.aimilestones.paths.PathFinder;
import org.aimilestones.paths.PathLimitException;
import org.aimilestones.paths.PathQuery;
import org.aimilestones.paths.PathReport;
import org.aimilestones.paths.PathRequestException;
import org.aimilestones.paths.PathResult;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The path API: {@code GET /paths?from=IRI&to=IRI[&k=&max-hops=&max-visited=&include=&exclude=]} answers JSON with the
 * paths {@link PathReport#json} describes. A missing, unknown or identical endpoint, a bad k, max-hops, max-visited
 * or include/exclude entry is a 400, a search needing more held nodes than max-visited a 422, each with
 * {@code {error, error_zh}}. The request's deadline (the server's --timeout, {@code PageGuardFilter}) cuts a long
 * search: its QueryCancelledException goes up to the guard, which answers 503.
 */
final class PathsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<DatasetGraph> data;
    private final transient IriMapping iris;

    PathsServlet(Supplier<DatasetGraph> data, IriMapping iris) {
        this.data = data;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PathQuery query;
        try {
            query = PathQuery.parse(req.getParameter("from"), req.getParameter("to"), req.getParameter("k"),
                    req.getParameter("max-hops"), req.getParameter(PathQuery.MAX_VISITED_PARAM),
                    req.getParameter("include"), req.getParameter("exclude"));
        } catch (PathRequestException e) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, e);
            return;
        }
        DatasetGraph dataset = data.get();
        JsonObject answer;
        try {
            answer = Txn.calculateRead(dataset, () -> {
                Graph graph = dataset.getDefaultGraph();
                PathResult result = new PathFinder(graph).find(query);
                return new PathReport(graph, iri -> iris.toLocal(iri)).json(result);
            });
        } catch (PathLimitException e) {
            refuse(resp, 422, e);
            return;
        } catch (PathRequestException e) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, e);
            return;
        }
        JsonAnswers.send(resp, HttpServletResponse.SC_OK, answer);
    }

    private static void refuse(HttpServletResponse resp, int status, PathRequestException e) throws IOException {
        JsonAnswers.refuse(resp, status, e.getMessage(), e.chinese());
    }

}
