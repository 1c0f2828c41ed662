package org.aimilestones.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.Lazy;
import org.aimilestones.load.LoadException;
import org.aimilestones.web.IriMapping;
import org.aimilestones.web.LinkedDataModule;
import org.aimilestones.web.Schemas;
import org.aimilestones.query.NamedQueries;
import org.aimilestones.search.TextIndex;
import org.aimilestones.server.DocumentBase;
import org.aimilestones.server.MilestonesServer;
import org.aimilestones.server.ServerConfig;
import org.aimilestones.web.WebModule;
import org.apache.jena.graph.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ai-milestones serve: serves the graph over SPARQL with an embedded Fuseki until Ctrl-C, SIGTERM or an interrupt. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph with its RDFS entailments as SPARQL dataset /ai-milestones: /ai-milestones/sparql (query; a"
                + " GET without a query gives the service description), /ai-milestones/get (Graph Store Protocol, read),"
                + " /.well-known/void and /dataset.ttl|.jsonld|.nt|.rdf (VoID and DCAT of dataset"
                + " https://w3id.org/ai-milestones/dataset), /dumps/ai-milestones.ttl|.nt|.jsonld and"
                + " /dumps/ai-milestones-inferred.ttl|.nt (the latest; the release's immutable copies under"
                + " /dumps/VERSION/, e.g. /dumps/0.2.0/; Content-Length, ETag, Last-Modified, gzip), /sitemap.xml and"
                + " /robots.txt.",
            "Linked data (httpRange-14): a thing's path answers 303 See Other, by content negotiation, to a document"
                + " about it: /resource/NAME to /page/NAME (HTML) or /data/NAME.ttl|.jsonld|.nt|.rdf;"
                + " /ontology to /ontology.html|.ttl|.jsonld|.nt|.rdf; /ontology/VERSION to /ontology/VERSION.html|.ttl|...;"
                + " /shapes to /shapes.ttl|.jsonld|.nt|.rdf; /dataset and /dataset/graph to / or /dataset.ttl|...."
                + " Accept */* or none gets Turtle, a browser HTML; ?format=EXT overrides Accept.",
            "Queries run to completion within --timeout (else 503) and at most --max-rows results are sent;"
                + " a response cut at that limit has the header X-SPARQL-MaxRows. Answers carry an ETag"
                + " (If-None-Match gives 304) and are cached until the data changes.",
            "With --allow-update and --password-file, /ai-milestones/update and /ai-milestones/data (Graph Store Protocol,"
                + " read-write) are added, behind HTTP Basic authentication. The password file has one"
                + " 'user: password' line per user (Jetty realm format; # starts a comment). After 5 failed logins"
                + " an address waits 1 s, then 2 s, 4 s ... up to 60 s (429 with Retry-After).",
            "In a browser: public routes allow any origin (CORS without credentials); the write endpoints only the"
                + " origins of --cors-origin. Writes from other origins or sites are refused (403), text/plain bodies"
                + " on write endpoints too (415). Every response has a strict Content-Security-Policy,"
                + " X-Content-Type-Options, X-Frame-Options and Referrer-Policy."})
public final class ServeCommand extends GraphCommand {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest a query or update may run (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Close a connection that makes no progress (nothing read, nothing written) this long"
                    + " (default: ${DEFAULT-VALUE}).")
    private long idleTimeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most SELECT rows or CONSTRUCT/DESCRIBE triples in a response (default: ${DEFAULT-VALUE}).")
    private int maxRows;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Most queries running at once; others wait up to 2 s for a slot, then get 503 with"
                    + " Retry-After (default: twice the number of cores).")
    private Integer maxConcurrent;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Longest request body (query, update or upload) taken; longer ones get 413"
                    + " (default: ${DEFAULT-VALUE}).")
    private long maxBody;

    @Option(names = "--cache-entries", paramLabel = "N", defaultValue = "1000",
            description = "Most query answers kept in the answer cache (at most 64 MiB of them); 0 turns it off"
                    + " (default: ${DEFAULT-VALUE}).")
    private int cacheEntries;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the data in a TDB2 store in DIR, built once (with progress lines on standard error)"
                    + " and reused; read-only, it is rebuilt when the data files change. A store made by ai-milestones load"
                    + " is served as loaded, never rebuilt. A store built under the project's former name is refused:"
                    + " rebuild it in a fresh directory. Default: in memory.")
    private Path tdb2;

    @Option(names = "--allow-update", description = "Add the update endpoints (needs --password-file).")
    private boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may update: one 'user: password' line each.")
    private Path passwordFile;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where this deployment's documents are served: an absolute http(s) URL ending in '/'."
                    + " Pages link to {URL}page/X for https://w3id.org/ai-milestones/resource/X, the 303s point"
                    + " under it, and the download and endpoint URLs of the dataset description (/.well-known/void),"
                    + " the sitemap and the pages' JSON-LD are written under it; the IRIs of things stay under"
                    + " https://w3id.org/ai-milestones/ (default: this server's own address).")
    private String baseUrl;

    @Option(names = "--trust-forwarded",
            description = "Behind a reverse proxy: take the scheme and host of document URLs from the proxy's"
                    + " RFC 7239 Forwarded header (proto=, host=), else from X-Forwarded-Proto and X-Forwarded-Host."
                    + " Only a scheme http or https and a plain host[:port] are taken; a malformed header is ignored."
                    + " Give it only when a proxy sets or strips these headers, since clients can send them too."
                    + " --base-url, if given, wins. Default: the headers are ignored.")
    private boolean trustForwarded;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "With --allow-update: an origin (http(s)://host[:port]) whose web pages may use the write"
                    + " endpoints with an editor's login (repeatable). Without it, pages of other origins cannot write"
                    + " or read the write endpoints; every origin may read the public routes (no login).")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--service-allow", paramLabel = "URL",
            description = "An endpoint SPARQL SERVICE may call (repeatable); SERVICE to any other is refused.")
    private List<String> serviceAllow = new ArrayList<>();

    @Override
    protected int run() throws Exception {
        InetAddress address = address(host);
        ServerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage(), e);
        }
        if (tdb2 != null) {
            StoreDirectory.prepare(tdb2);
        }
        if (port != 0) {
            checkFree(address); // before a TDB2 store is built, which may take minutes
        }
        MilestonesServer server;
        try {
            server = MilestonesServer.start(config);
        } catch (RuntimeException e) {
            throw cannotListen(e).orElseThrow(() -> e);
        }
        Thread hook = new Thread(server::close, "ai-milestones-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            server.notes().forEach(err()::println);
            err().flush();
            out().println(server.banner());
            out().flush();
            server.join();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            removeHook(hook);
            server.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Main.EXIT_OK;
    }

    /** @throws IllegalArgumentException naming the bad value */
    private ServerConfig config() {
        ServerConfig.Builder builder = ServerConfig.builder()
                .source(source())
                .host(host)
                .port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
                .maxRows(maxRows)
                .maxBody(maxBody)
                .cacheEntries(cacheEntries)
                .allowUpdate(allowUpdate);
        if (maxConcurrent != null) {
            builder.maxConcurrent(maxConcurrent);
        }
        if (passwordFile != null) {
            builder.passwordFile(passwordFile);
        }
        if (tdb2 != null) {
            builder.tdb2(tdb2).progress(err());
        }
        serviceAllow.forEach(builder::serviceAllow);
        corsOrigins.forEach(builder::corsOrigin);
        DocumentBase documentBase = DocumentBase.of(baseUrl, trustForwarded);
        IriMapping iris = baseUrl == null ? IriMapping.DEFAULT : new IriMapping(IriMapping.NAMESPACE, baseUrl);
        Schemas schemas = Schemas.of(source(), ontology(source()));
        builder.documentBase(documentBase)
                .layer(TextIndex::wrap)
                .module(served -> new LinkedDataModule(() -> served, schemas, iris, documentBase::of))
                .module(served -> new WebModule(() -> served, new NamedQueries(source()), documentBase));
        return builder.build();
    }

    /** @throws UserError (usage) if host is not a name or address this machine can resolve */
    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw UserError.usage("--host " + host + " is not a known host name or address: give an address of this"
                    + " machine, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)", e);
        }
    }

    /** @throws UserError if nothing may listen on address and --port */
    private void checkFree(InetAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does: a port left in TIME_WAIT is free
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw cannotListen(e).orElseThrow(() -> UserError.failure("cannot listen on " + host + " port " + port
                    + " (" + ErrorReport.reason(e) + ")", e));
        }
    }

    /** @return what to do about e, if it (or its cause) is the failure to listen on --host and --port */
    private Optional<UserError> cannotListen(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String why = String.valueOf(bind.getMessage());
                if (why.contains("in use")) {
                    return Optional.of(UserError.failure("port " + port + " on " + host + " is in use by another"
                            + " program: stop it, or choose another port with --port (--port 0 picks a free one)", e));
                }
                if (why.contains("assign")) {
                    return Optional.of(UserError.usage("--host " + host + " is not an address of this machine: give"
                            + " one of its addresses, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every"
                            + " interface)", e));
                }
                if (why.contains("ermission")) {
                    return Optional.of(UserError.failure("port " + port + " needs privileges this user lacks:"
                            + " choose a port above 1023 with --port", e));
                }
                return Optional.of(UserError.failure("cannot listen on " + host + " port " + port + " (" + why
                        + "); choose another with --host or --port", e));
            }
        }
        return Optional.empty();
    }

    /** The graph of ontology/ai-milestones.ttl (from the build's snapshot when it fits), for the ontology's pages: read at the first. */
    private static Supplier<Graph> ontology(GraphSource src) {
        return Lazy.of(() -> {
            try {
                return KnowledgeGraph.loadOntology(src);
            } catch (LoadException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already running the hook
        }
    }
}
