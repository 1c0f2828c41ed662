package org.aimilestones.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** GET /resource/{name}: {publicBase}resource/{name} described as an HTML page or in RDF, read in a transaction. */
final class ResourceServlet extends NegotiatingServlet {

    private static final long serialVersionUID = 1L;
    /** Characters that may not appear in an IRI path, besides controls; "\" too, to keep paths plain. */
    private static final String FORBIDDEN = " <>\"{}|\\^`?#";

    private final transient Supplier<DatasetGraph> dataset;
    private final transient IriMapping iris;

    ResourceServlet(Supplier<DatasetGraph> dataset, IriMapping iris) {
        super(iris);
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    protected Optional<byte[]> represent(HttpServletRequest request, Variant variant, String lang) {
        String prefix = request.getContextPath() + request.getServletPath() + "/";
        String rawPath = request.getRequestURI();
        Optional<String> name = rawPath.startsWith(prefix) ? name(rawPath.substring(prefix.length()))
                : Optional.empty();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Node resource = NodeFactory.createURI(iris.resourceIri(name.get()));
        DatasetGraph dsg = dataset.get();
        return Txn.calculateRead(dsg, () -> {
            Graph graph = dsg.getDefaultGraph();
            if (!ResourceDescription.exists(graph, resource)) {
                return Optional.empty();
            }
            return Optional.of(variant.isHtml() ? utf8(new ResourcePage(graph, iris).render(resource, lang))
                    : rdf(ResourceDescription.of(graph, resource), variant));
        });
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
