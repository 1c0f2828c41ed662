package org.aimilestones.load;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.InputStream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Every JSON-LD this JVM reads (uploads to the server, {@code --data}, {@code load}) is read without fetching anything:
 * a context given by URL ({@code "@context": "http://…"} or {@code "file:…"}, {@code @import}, a remote document) is
 * refused before any connection is made or any file is opened, with an error naming the URL and nothing else (so the
 * answer never tells whether a port is open or a file exists). Inline contexts work as before. Jena's JSON-LD reader
 * (Titanium) would otherwise fetch with its default loader, over HTTP or from files, with no timeout. Started by Jena
 * itself (META-INF/services), after RIOT has registered its readers; each read gets its own Titanium options.
 */
public final class OfflineJsonLd implements JenaSubsystemLifecycle {

    /** The loader of every JSON-LD read: refuses every URL, touching nothing. */
    static final DocumentLoader NO_LOADER = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, message(String.valueOf(url)));
    };

    /** @return the message for a refused context or document at url */
    public static String message(String url) {
        return "JSON-LD context <" + url + "> refused: this server never fetches remote or file: contexts;"
                + " put the context inline in the document";
    }

    private static final ReaderRIOTFactory FACTORY = (lang, profile) -> new Reader(
            new LangJSONLD11(lang, profile, profile.getErrorHandler()));

    @Override
    public void start() {
        for (Lang lang : new Lang[] {Lang.JSONLD, Lang.JSONLD11}) {
            RDFParserRegistry.registerLangTriples(lang, FACTORY);
            RDFParserRegistry.registerLangQuads(lang, FACTORY);
        }
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        return 9_000; // after RIOT (20) and ARQ (30)
    }

    /** Jena's JSON-LD 1.1 reader, given fresh options with {@link #NO_LOADER} for every read. */
    private record Reader(LangJSONLD11 reader) implements ReaderRIOT {

        @Override
        public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            reader.read(in, baseURI, ct, output, offline(context));
        }

        @Override
        public void read(java.io.Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            reader.read(in, baseURI, ct, output, offline(context));
        }

        private static Context offline(Context context) {
            Context copy = context == null ? new Context() : context.copy();
            JsonLdOptions given = copy.get(LangJSONLD11.JSONLD_OPTIONS);
            JsonLdOptions options = given == null ? new JsonLdOptions(NO_LOADER) : new JsonLdOptions(given);
            options.setDocumentLoader(NO_LOADER);
            copy.set(LangJSONLD11.JSONLD_OPTIONS, options);
            return copy;
        }
    }
}
