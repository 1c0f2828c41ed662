package org.aimilestones.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.aimilestones.web.LinkedDataHttp;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;

/**
 * Serves the {@link DatasetDescription}: at /.well-known/void in the format the Accept header asks for (Turtle unless
 * told), with Content-Location naming the document of that format, and as the documents /dataset.ttl,
 * /dataset.jsonld, /dataset.nt and /dataset.rdf. Document URLs are under the {@link DocumentBase}; the dataset's IRI
 * is always {@value DatasetDescription#IRI}.
 */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The documents of the description, by extension. */
    static final Map<String, Lang> DOCUMENTS = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
            "nt", Lang.NTRIPLES, "rdf", Lang.RDFXML);

    private final transient DatasetDescription description;
    private final transient DocumentBase documentBase;
    /** The one format this servlet serves (a /dataset.ext document), or null to negotiate (/.well-known/void). */
    private final transient Lang fixed;

    VoidServlet(DatasetDescription description, DocumentBase documentBase, Lang fixed) {
        this.description = description;
        this.documentBase = documentBase;
        this.fixed = fixed;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Lang lang = fixed;
        if (lang == null) {
            response.setHeader("Vary", "Accept");
            LinkedDataHttp.allowAnyOrigin(response);
            Optional<Variant> chosen = RdfResponses.choose(request);
            if (chosen.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: offered are "
                        + String.join(", ", DOCUMENTS.keySet()));
                return;
            }
            lang = chosen.get().rdf().lang();
        }
        String base = documentBase.of(request);
        String doc = base + "dataset." + extension(lang);
        if (fixed == null) {
            response.setHeader("Content-Location", doc);
        }
        LinkedDataHttp.allowAnyOrigin(response);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding(WebContent.charsetUTF8);
        byte[] body = description.documentBytes(base, doc, lang);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String extension(Lang lang) {
        return DOCUMENTS.entrySet().stream().filter(e -> e.getValue().equals(lang)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
