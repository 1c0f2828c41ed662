package org.aimilestones.server;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.web.HttpSC;

/**
 * The read-write Graph Store Protocol at /ai-milestones/data: Fuseki's, except that a PUT or POST body in a media type that
 * is neither RDF nor multipart is 415 Unsupported Media Type (Fuseki answers 400), as HTTP and the protocol say.
 */
final class GraphStoreService extends GSP_RW {

    @Override
    protected void doPut(HttpAction action) {
        checkMediaType(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        checkMediaType(action);
        super.doPost(action);
    }

    private static void checkMediaType(HttpAction action) {
        ContentType type = ActionLib.getContentType(action);
        if (type != null && !type.getType().equalsIgnoreCase("multipart")
                && RDFLanguages.contentTypeToLang(type.getContentTypeStr()) == null) {
            throw new ActionErrorException(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Unsupported media type "
                    + type.getContentTypeStr() + ": send RDF (Turtle, N-Triples, RDF/XML, JSON-LD, TriG, N-Quads)", null);
        }
    }
}
