package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * The documents about the resources {publicBase}resource/{name}, read in a read transaction: GET /resource/{name} (the
 * thing) answers 303 See Other to /page/{name} (HTML) or /data/{name}.{ext} (RDF: its triples both ways and the
 * labels of its neighbours), which answer 200; an unknown name 404.
 */
final class ResourceServlet extends LinkedDataServlet {

    private static final long serialVersionUID = 1L;
    /** Characters that may not appear in an IRI path, besides controls; "\" too, to keep paths plain. */
    private static final String FORBIDDEN = " <>\"{}|\\^`?#";

    /** Which of the three paths a servlet answers. */
    enum Role {
        /** /resource/{name}: the thing, 303 to a document. */
        THING,
        /** /page/{name}: the HTML document. */
        PAGE,
        /** /data/{name}.{ext}: an RDF document. */
        DATA
    }

    private final transient Supplier<DatasetGraph> dataset;
    private final Role role;

    ResourceServlet(PageLayout layout, Supplier<DatasetGraph> dataset, IriMapping iris,
            Function<HttpServletRequest, String> base, Role role) {
        super(layout, iris, base);
        this.dataset = dataset;
        this.role = role;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> raw = rawRest(request);
        Variant variant = ContentNegotiation.HTML;
        if (role == Role.DATA) {
            Optional<Map.Entry<String, Variant>> split = raw.flatMap(r -> ContentNegotiation.splitExtension(r,
                    ContentNegotiation.RDF_VARIANTS));
            raw = split.map(Map.Entry::getKey);
            variant = split.map(Map.Entry::getValue).orElse(null);
        }
        Optional<String> name = raw.flatMap(ResourceServlet::name);
        if (name.isEmpty()) {
            notFound(request, response);
            return;
        }
        String rawName = raw.get();
        Node resource = NodeFactory.createURI(iris.resourceIri(name.get()));
        DatasetGraph dsg = dataset.get();
        if (role == Role.THING) {
            if (!Txn.calculateRead(dsg, () -> ResourceDescription.exists(dsg.getDefaultGraph(), resource))) {
                notFound(request, response);
                return;
            }
            seeOther(request, response, ContentNegotiation.VARIANTS,
                    v -> v.isHtml() ? "page/" + rawName : "data/" + rawName + "." + v.format());
            return;
        }
        String base = base(request);
        Variant chosen = variant;
        document(request, response, chosen, lang -> Txn.calculateRead(dsg, () -> {
            Graph graph = dsg.getDefaultGraph();
            if (!ResourceDescription.exists(graph, resource)) {
                return Optional.empty();
            }
            if (chosen.isHtml()) {
                String page = base + "page/" + rawName;
                String json = SchemaOrgJson.describe(graph, resource, List.of(RDFS.label.asNode()), "Thing", page);
                PageLayout.Head head = PageLayout.Head.of(base, "page/" + rawName, "data/" + rawName,
                        ContentNegotiation.VARIANTS, json);
                return Optional.of(utf8(new ResourcePage(graph, iris, layout()).render(resource, lang, head)));
            }
            Graph described = LinkedDataHttp.describeDocument(ResourceDescription.of(graph, resource),
                    base + "data/" + rawName + "." + chosen.format(), resource.getURI(), graph, IriMapping.DATASET);
            return Optional.of(rdf(described, chosen));
        }));
    }

    /**
     * @param raw the path after /resource/, still percent-encoded
     * @return the decoded name, or empty if it is malformed, has an empty, "." or ".." segment (also when
     *         encoded), or characters an IRI path cannot hold
     */
    static Optional<String> name(String raw) {
        Optional<String> decoded = percentDecode(raw);
        if (decoded.isEmpty() || decoded.get().isEmpty()) {
            return Optional.empty();
        }
        for (String segment : decoded.get().split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        boolean clean = decoded.get().chars().noneMatch(c -> c < 0x20 || c == 0x7f || FORBIDDEN.indexOf(c) >= 0);
        return clean ? decoded : Optional.empty();
    }

    /** @return raw with %XX escapes decoded as UTF-8, or empty if an escape is malformed */
    private static Optional<String> percentDecode(String raw) {
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '%') {
                out.write(in[i]);
                continue;
            }
            int high = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(in[i + 2], 16) : -1;
            if (low < 0) {
                return Optional.empty();
            }
            out.write(high * 16 + low);
            i += 2;
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }
}
