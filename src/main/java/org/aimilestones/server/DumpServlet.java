package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.aimilestones.export.ExportFormat;
import org.aimilestones.export.Exporter;
import org.apache.jena.riot.WebContent;

/** Serves the dumps under /dumps/: the asserted triples, or all served triples (-inferred), via the Exporter. */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** One downloadable file: its name, whether it holds the entailments, and its format. */
    record Dump(String file, boolean inferred, ExportFormat format) {
        String mediaType() {
            return format.lang().getContentType().getContentTypeStr();
        }
    }

    static final List<Dump> DUMPS = List.of(
            new Dump("ai-milestones.ttl", false, ExportFormat.TURTLE),
            new Dump("ai-milestones.nt", false, ExportFormat.NTRIPLES),
            new Dump("ai-milestones.jsonld", false, ExportFormat.JSONLD),
            new Dump("ai-milestones-inferred.ttl", true, ExportFormat.TURTLE),
            new Dump("ai-milestones-inferred.nt", true, ExportFormat.NTRIPLES));

    private final transient ServedData data;

    DumpServlet(ServedData data) {
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Dump dump = DUMPS.stream().filter(d -> d.file().equals(name)).findFirst().orElse(null);
        if (dump == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'");
            return;
        }
        response.setContentType(dump.mediaType());
        response.setCharacterEncoding(WebContent.charsetUTF8);
        Exporter.write(dump.inferred() ? data.inferred() : data.asserted(), dump.format(), response.getOutputStream());
    }
}
