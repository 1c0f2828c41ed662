package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.aimilestones.export.ExportFormat;
import org.apache.jena.riot.WebContent;

/**
 * Serves the dumps under /dumps/: the asserted triples, or all served triples (-inferred), latest and as release
 * {@link DumpFiles#RELEASE} (/dumps/0.2.0/...), with the bytes {@link DumpFiles} makes once per data version.
 */
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

    private final transient DumpFiles files;

    DumpServlet(DumpFiles files) {
        this.files = files;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Dump dump = DumpFiles.file(name).map(DumpFiles.File::dump).orElse(null);
        if (dump == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'");
            return;
        }
        response.setContentType(dump.mediaType());
        response.setCharacterEncoding(WebContent.charsetUTF8);
        response.setContentLengthLong(files.render(dump).length());
        files.writeTo(dump, response.getOutputStream());
    }
}
