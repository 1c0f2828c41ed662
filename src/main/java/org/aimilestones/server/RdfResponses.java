package org.aimilestones.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/** Sends a small RDF graph in the format the Accept header asks for: Turtle (default), JSON-LD, N-Triples, RDF/XML. */
final class RdfResponses {

    private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples, WebContent.contentTypeRDFXML);

    private RdfResponses() {}

    static void send(HttpServletRequest request, HttpServletResponse response, Graph graph) {
        MediaType chosen = ConNeg.chooseContentType(request, OFFER, TURTLE);
        Lang lang = chosen == null ? null : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        try {
            if (lang == null) {
                response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "Not acceptable: offered are " + OFFER);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(lang.getContentType().getContentTypeStr());
            response.setCharacterEncoding(WebContent.charsetUTF8);
            RDFDataMgr.write(response.getOutputStream(), graph, lang);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
