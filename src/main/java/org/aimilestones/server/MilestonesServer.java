package org.aimilestones.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An embedded Fuseki Main serving the ai-milestones graph as dataset /ai-milestones: query at /ai-milestones/sparql, read-only Graph Store
 * Protocol at /ai-milestones/get, and, only with updates on and behind HTTP Basic authentication, /ai-milestones/update and the
 * read-write Graph Store Protocol at /ai-milestones/data. Adds the dataset description (/.well-known/void,
 * /dataset.ttl|.jsonld|.nt|.rdf), /dumps/, /sitemap.xml, /robots.txt, /$/ping, /$/server (read-only)
 * and the configured extra modules; no admin module. Every response carries security headers and CORS as
 * {@link BrowserGuardHandler} puts them, which also refuses cross-site writes before any login is checked;
 * {@link LoginCheckHandler} reads Basic credentials and throttles failed logins. Bodies are read without a thread
 * waiting on the client ({@link BodyReadHandler}), responses taken too slowly are cut ({@link WriteRateHandler}), and
 * requests run on virtual threads. Requests are checked
 * ({@link RequestCheckFilter}: methods, sizes, encodings), query
 * answers cached ({@link AnswerCacheFilter}), running queries bounded ({@link QuerySlots}), and the pages outside the
 * query service held to the same slots and deadline ({@link PageGuardFilter}); error pages never show a stack trace.
 */
public final class MilestonesServer implements AutoCloseable {

    /**
     * The JDK's system property for the number of carrier threads virtual threads run on, and the value used unless
     * one is given. A virtual thread that computes (a query, a page) keeps its carrier until it blocks or ends, and
     * the JDK's default is one carrier per core: on 2 cores, two queries running into their timeout held up every
     * other request for seconds (bench/load.sh: normal queries' p99 2 s, max 14 s). Carriers are platform threads
     * that the operating system shares the cores among; with more of them than queries may run at once (the query
     * slots), a long query slows the others down instead of stopping them. Set before the first virtual thread starts
     * (the JDK reads it once); a value given on the command line is kept.
     */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";
    static final String DEFAULT_CARRIERS = "64";

    static {
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, DEFAULT_CARRIERS);
        }
    }

    public static final String DATASET = "/ai-milestones";
    /** How long a query waits for a free slot before it gets 503 with Retry-After. */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(2);
    /** The most body bytes the answer cache keeps. */
    static final long CACHE_BYTES = 64L << 20;
    /** Read-only answers may be reused for this many seconds without asking again. */
    static final int READ_ONLY_MAX_AGE = 60;
    /** In memory, the dataset description is computed this long after the start (if no request needed it before). */
    static final Duration PREPARE_AFTER = Duration.ofSeconds(2);

    private final FusekiServer server;
    private final ServedData data;
    private final DescriptionModule description;
    private final ServerConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private MilestonesServer(FusekiServer server, ServedData data, DescriptionModule description, ServerConfig config) {
        this.server = server;
        this.description = description;
        this.data = data;
        this.config = config;
    }

    /** Loads (or opens) the data and starts the server; it is listening when this returns. */
    public static MilestonesServer start(ServerConfig config) throws LoadException, IOException {
        JenaSystem.init();
        JsonResultsWriter.register();
        RequestPolicy policy = new RequestPolicy(config.serviceAllow());
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
        ServiceExecutorRegistry.set(context, ServiceGuard.registry(policy));
        PropertyFunctionRegistry.set(context, FunctionAllowList.registry());
        ServedData data = config.tdb2Dir().isPresent()
                ? Tdb2Store.open(config.tdb2Dir().get(), config.source(), config.allowUpdate(), config.layer(), context,
                        config.progress())
                : ServedData.inMemory(KnowledgeGraph.load(config.source()), config.allowUpdate(), config.layer(),
                        context);
        try {
            DescriptionModule description = new DescriptionModule(data, config.documentBase());
            FusekiServer server = build(config, data, description, policy);
            for (Connector connector : server.getJettyServer().getConnectors()) {
                ((ServerConnector) connector).setHost(config.host());
                ((ServerConnector) connector).setIdleTimeout(config.idleTimeout().toMillis());
            }
            if (server.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool) {
                // requests run on virtual threads: one blocked writing to a client that does not read costs no pool
                // thread; the carriers they run on are enough for long queries not to hold up the rest (CARRIERS)
                pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("request-"));
            }
            ServletContextHandler servlets = ServletContextHandler.getServletContextHandler(server.getServletContext());
            servlets.setMaxFormContentSize((int) config.maxBody());
            BrowserGuardHandler guard = new BrowserGuardHandler(
                    new CrossOrigin(DATASET, config.corsOrigins(), config.documentBase()),
                    new LoginCheckHandler(new LoginThrottle(), new BodyReadHandler(config.maxBody(), DataRate.DEFAULT,
                            new WriteRateHandler(DataRate.DEFAULT, server.getJettyServer().getHandler()))));
            PlainErrorHandler errors = new PlainErrorHandler(guard::putHeaders, errorPages(server));
            server.getJettyServer().setErrorHandler(errors);
            servlets.setErrorHandler(errors);
            server.getJettyServer().setHandler(guard);
            data.awaitTriples(); // listen once the data is there: every request, ASK {} too, sees the whole graph
            MilestonesServer started = new MilestonesServer(server.start(), data, description, config);
            if (config.tdb2Dir().isEmpty()) {
                started.prepareDescription(); // in memory it takes a moment: ready for the first visitor
            }
            return started;
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    /** @return the HTML error pages of the first module that has them (the web pages'), if any */
    private static Optional<ErrorPages> errorPages(FusekiServer server) {
        return server.getModules().asList().stream().filter(ErrorPages.class::isInstance).map(ErrorPages.class::cast)
                .findFirst();
    }

    private static FusekiServer build(ServerConfig config, ServedData data, DescriptionModule descriptionModule,
            RequestPolicy policy) {
        List<FusekiModule> modules = new ArrayList<>();
        modules.add(descriptionModule);
        config.modules().forEach(extra -> modules.add(extra.create(data.served())));
        ServiceDescription description = new ServiceDescription(data.served(), policy.federated());
        QuerySlots slots = new QuerySlots(config.maxConcurrent(), QUEUE_WAIT);
        AnswerCache cache = new AnswerCache(config.cacheEntries(), CACHE_BYTES);
        String cacheControl = config.allowUpdate() ? "no-cache" : "public, max-age=" + READ_ONLY_MAX_AGE;
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .fusekiModules(FusekiModules.create(modules))
                .enablePing(true)
                .enableCors(false, null) // CORS is BrowserGuardHandler's
                .addServlet("/$/server", new ActionServerStatus())
                .addFilter("/*", new RequestCheckFilter(DATASET, config.maxBody()))
                .addFilter("/*", new PageGuardFilter(slots, config.timeout()))
                .addFilter(DATASET + "/sparql", new AnswerCacheFilter(cache, data.served()::version, cacheControl))
                .registerOperation(Operation.Query,
                        new GuardedQueryService(description, policy, config.timeout(), config.maxRows(), slots))
                .addDataset(DATASET, data.served())
                .addEndpoint(DATASET, "sparql", Operation.Query)
                .addEndpoint(DATASET, "get", Operation.GSP_R);
        config.passwordFile().ifPresent(file -> builder
                .passwordFile(file.toString())
                .auth(AuthScheme.BASIC)
                .registerOperation(Operation.Update, new GuardedUpdateService(policy, config.timeout()))
                .registerOperation(Operation.GSP_RW, new GraphStoreService())
                .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER)
                .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.ANY_USER));
        return builder.build();
    }

    /** Fuseki leaves the password file's user store watching the file after a stop; stop it too. */
    private void stopPasswordFileWatch() {
        for (PropertyUserStore users : server.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
            try {
                users.stop();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop watching the password file", e);
            }
        }
    }

    /** @return the port the server listens on (the free port chosen, if 0 was asked for) */
    public int port() {
        return server.getHttpPort();
    }

    /** @return the addresses the server's connectors are bound to */
    List<String> boundHosts() {
        return Arrays.stream(server.getJettyServer().getConnectors())
                .map(connector -> ((ServerConnector) connector).getHost()).toList();
    }

    /** @return the server's base URL, e.g. http://127.0.0.1:3030/ */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** @return the dataset served at /ai-milestones (asserted triples plus RDFS entailments) */
    public DatasetGraph dataset() {
        return data.served();
    }

    /** @return the dataset description served at /.well-known/void (for tests: how often it was computed) */
    DatasetDescription description() {
        return description.description();
    }

    /** @return the number of triples served (asserted plus entailed) */
    public long triples() {
        return data.servedTriples();
    }

    /** @return what happened while the data was prepared (e.g. a TDB2 store rebuilt), one line each */
    public List<String> notes() {
        return data.notes();
    }

    /**
     * @return the one line announcing the server, with its URL and, in memory, its size; a TDB2 store is not counted,
     *         as counting its entailments means reading all of it (minutes at 10M triples) while it already answers
     */
    public String banner() {
        String size = config.tdb2Dir().map(dir -> "TDB2 store " + dir + ", RDFS entailments at query time")
                .orElseGet(() -> String.format(Locale.ROOT, "%,d triples with RDFS entailments", triples()));
        return String.format(Locale.ROOT, "ai-milestones serving %s (dataset %s, %s, %s)", url(), DATASET, size,
                config.allowUpdate() ? "updates need a login" : "read-only");
    }

    /** Blocks until the server has been closed (e.g. by a shutdown hook). */
    public void join() throws InterruptedException {
        stopped.await();
    }

    /**
     * Has the dataset description computed, in its own thread, {@link #PREPARE_AFTER} from now: a start is short of
     * CPU (two cores here, shared with the JIT compilers and the first requests), and a request that needs the
     * description before then computes it (once, as after any change).
     */
    private void prepareDescription() {
        CompletableFuture.delayedExecutor(PREPARE_AFTER.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!closed.get()) {
                description.description().prepare();
            }
        });
    }

    /** Stops the server and releases the data (a TDB2 store can then be opened again); later calls do nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.stop();
            stopPasswordFileWatch();
        } finally {
            description.close();
            data.close();
            stopped.countDown();
        }
    }
}
