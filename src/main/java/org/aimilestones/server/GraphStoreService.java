package org.aimilestones.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.web.HttpSC;

/**
 * The read-write Graph Store Protocol at /ai-milestones/data: Fuseki's, except that a PUT or POST body in a media type that
 * is neither RDF nor multipart is 415 Unsupported Media Type (Fuseki answers 400), as HTTP and the protocol say, and so
 * is a multipart file named *.gz or *.bz2, which Fuseki would decompress with no limit (a whole body sent with
 * Content-Encoding is decoded within --max-body by {@link BodyReadHandler}).
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
        if (type != null && type.getType().equalsIgnoreCase("multipart")) {
            for (String name : fileNames(action)) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".gz") || lower.endsWith(".bz2")) {
                    throw new ActionErrorException(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Unsupported media type: the"
                            + " compressed file '" + name + "' in a multipart upload is not decompressed here; send it"
                            + " uncompressed, or send the whole body with Content-Encoding: gzip", null);
                }
            }
        }
    }

    /**
     * @return the file names of the parts of a multipart body, read as Fuseki reads them (the body is in memory and
     *         can be read again); none if it cannot be read (Fuseki then says why)
     */
    private static List<String> fileNames(HttpAction action) {
        List<String> names = new ArrayList<>();
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(action.getRequest());
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.getName() != null) {
                    names.add(part.getName());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return names;
    }
}
