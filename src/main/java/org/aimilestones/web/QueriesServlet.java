package org.aimilestones.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.sources.SourceDocument;
import org.aimilestones.sources.Sources;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The example queries as JSON: {@code [{name, question: {en, zh}, text, group: {id, en, zh}}]}, the questions taken
 * from the first two comment lines of each queries/NAME.rq ("# question (en)", "# question (zh)"), grouped by the kind
 * of question ({@link QueryGroups}) in the groups' order; then the per-source queries
 * queries/by-source/SOURCE/NAME.rq, named "by-source/SOURCE/NAME", a group per source (named by the source's title in
 * the graph, else by SOURCE).
 */
final class QueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient NamedQueries queries;
    private final transient Supplier<DatasetGraph> data;

    /** @param data the served data, where the per-source groups' names (the sources' titles) are read */
    QueriesServlet(NamedQueries queries, Supplier<DatasetGraph> data) {
        this.queries = queries;
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray all = new JsonArray();
        List<String> names = queries.names();
        for (QueryGroups.Group group : QueryGroups.ordered(names)) {
            for (String name : group.names()) {
                queries.resolve(name).ifPresent(file -> all.add(describe(name, file, group)));
            }
        }
        Map<String, Path> perSource = queries.perSource();
        if (!perSource.isEmpty()) {
            DatasetGraph dsg = data.get();
            Sources sources = new Sources(dsg.getDefaultGraph());
            Txn.executeRead(dsg, () -> perSource.forEach((name, file) -> {
                SourceDocument doc = sources.document(NodeFactory.createURI(AIMIL.RESOURCE_NS + name.split("/")[1]));
                all.add(describe(name, file, QueryGroups.perSource(name, doc.title("en"), doc.title("zh"))));
            }));
        }
        JsonAnswers.send(resp, HttpServletResponse.SC_OK, all);
    }

    private static JsonObject describe(String name, Path file, QueryGroups.Group group) {
        String text = read(file);
        List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                .map(l -> l.substring(1).trim()).toList();
        JsonObject question = new JsonObject();
        question.put("en", comments.isEmpty() ? name : comments.get(0));
        question.put("zh", comments.size() < 2 ? question.get("en").getAsString().value() : comments.get(1));
        JsonObject o = new JsonObject();
        o.put("name", name);
        o.put("question", question);
        o.put("text", text);
        JsonObject g = new JsonObject();
        g.put("id", group.id());
        g.put("en", group.en());
        g.put("zh", group.zh());
        o.put("group", g);
        return o;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
