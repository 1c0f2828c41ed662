package org.aimilestones.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.aimilestones.load.GraphSource;

/**
 * Settings of an ai-milestones server, made with {@link #builder()}: each setter checks its argument and throws
 * {@link IllegalArgumentException} naming the bad value.
 *
 * <p>The password file holds one user per line, {@code user: password} (Jetty's realm-properties format; the
 * password may also be given as {@code OBF:}, {@code MD5:} or {@code CRYPT:} credentials; lines starting with
 * {@code #} are comments; a password cannot contain a comma). Any user in it may update.
 */
public final class ServerConfig {

    /** The largest --max-body allowed: bodies are read into memory, 1 GiB. */
    public static final long MAX_BODY_LIMIT = 1L << 30;

    private final GraphSource source;
    private final String host;
    private final int port;
    private final Duration timeout;
    private final Duration idleTimeout;
    private final int maxRows;
    private final int maxConcurrent;
    private final long maxBody;
    private final int cacheEntries;
    private final Path passwordFile;
    private final List<String> serviceAllow;
    private final List<String> corsOrigins;
    private final Path tdb2Dir;
    private final List<ExtraModule> modules;
    private final ServedLayer layer;
    private final PrintWriter progress;
    private final DocumentBase documentBase;

    private ServerConfig(Builder b) {
        this.source = b.source;
        this.host = b.host;
        this.port = b.port;
        this.timeout = b.timeout;
        this.idleTimeout = b.idleTimeout;
        this.maxRows = b.maxRows;
        this.maxConcurrent = b.maxConcurrent;
        this.maxBody = b.maxBody;
        this.cacheEntries = b.cacheEntries;
        this.passwordFile = b.passwordFile;
        this.serviceAllow = List.copyOf(b.serviceAllow);
        this.corsOrigins = List.copyOf(b.corsOrigins);
        this.tdb2Dir = b.tdb2Dir;
        this.modules = List.copyOf(b.modules);
        this.layer = b.layer;
        this.progress = b.progress;
        this.documentBase = b.documentBase;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return where the ontology and data files are */
    public GraphSource source() {
        return source;
    }

    /** @return the address to listen on, 127.0.0.1 unless set */
    public String host() {
        return host;
    }

    /** @return the port, 3030 unless set; 0 picks a free port */
    public int port() {
        return port;
    }

    /** @return the longest a query or update may run */
    public Duration timeout() {
        return timeout;
    }

    /**
     * @return how long a connection may make no progress (nothing read, nothing written) before it is closed: a client
     *         that stops reading an answer holds its connection no longer
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** @return the most result rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a response holds */
    public int maxRows() {
        return maxRows;
    }

    /** @return the most queries running at once; others wait up to 2 s for a slot, then get 503 + Retry-After */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** @return the longest request body taken, in bytes (query, update, upload); longer ones get 413 */
    public long maxBody() {
        return maxBody;
    }

    /** @return the most query answers kept by the answer cache (at most 64 MiB of them); 0 turns it off */
    public int cacheEntries() {
        return cacheEntries;
    }

    /** @return whether the update endpoints exist (always behind HTTP Basic authentication) */
    public boolean allowUpdate() {
        return passwordFile != null;
    }

    /** @return the users allowed to update, if updates are on */
    public Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }

    /** @return the endpoints SERVICE may call; empty means SERVICE is always refused */
    public List<String> serviceAllow() {
        return serviceAllow;
    }

    /**
     * @return the origins (scheme://host[:port]) whose pages may use the write endpoints with credentials (CORS);
     *         empty means none: those endpoints send no CORS header and refuse writes from other origins
     */
    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /** @return the TDB2 store directory, if the data is kept on disk rather than in memory */
    public Optional<Path> tdb2Dir() {
        return Optional.ofNullable(tdb2Dir);
    }

    /** @return the layer put around the served dataset (e.g. a text index) */
    public ServedLayer layer() {
        return layer;
    }

    /** @return where progress lines go while a TDB2 store is built (nowhere unless set) */
    public PrintWriter progress() {
        return progress;
    }

    /** @return where documents are served (--base-url, --trust-forwarded), for the URLs in the dataset description */
    public DocumentBase documentBase() {
        return documentBase;
    }

    /** @return makers of the extra Fuseki modules (pages, UI) added to the server */
    public List<ExtraModule> modules() {
        return modules;
    }

    /** Checks each setting as it is given; {@link #build()} checks that they fit together. */
    public static final class Builder {

        private GraphSource source;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(20);
        private int maxRows = 10_000;
        private int maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();
        private long maxBody = 1024 * 1024;
        private int cacheEntries = 1000;
        private boolean allowUpdate;
        private Path passwordFile;
        private final List<String> serviceAllow = new ArrayList<>();
        private final List<String> corsOrigins = new ArrayList<>();
        private Path tdb2Dir;
        private final List<ExtraModule> modules = new ArrayList<>();
        private ServedLayer layer = ServedLayer.NONE;
        private PrintWriter progress = new PrintWriter(Writer.nullWriter());
        private DocumentBase documentBase = DocumentBase.LOCAL;

        private Builder() {}

        public Builder source(GraphSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        public Builder host(String host) {
            if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("bad host '" + host + "': expected a name or an IP address");
            }
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is out of range 0-65535 (0 picks a free port)");
            }
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout " + timeout + " must be more than zero");
            }
            this.timeout = timeout;
            return this;
        }

        public Builder idleTimeout(Duration idleTimeout) {
            if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idle timeout " + idleTimeout + " must be more than zero");
            }
            this.idleTimeout = idleTimeout;
            return this;
        }

        public Builder maxRows(int maxRows) {
            if (maxRows <= 0) {
                throw new IllegalArgumentException("max rows " + maxRows + " must be more than zero");
            }
            this.maxRows = maxRows;
            return this;
        }

        public Builder maxConcurrent(int maxConcurrent) {
            if (maxConcurrent < 1 || maxConcurrent > 10_000) {
                throw new IllegalArgumentException("max concurrent queries " + maxConcurrent + " is out of range 1-10000");
            }
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        public Builder maxBody(long maxBody) {
            if (maxBody < 1 || maxBody > MAX_BODY_LIMIT) {
                throw new IllegalArgumentException("max body " + maxBody + " bytes is out of range 1-" + MAX_BODY_LIMIT);
            }
            this.maxBody = maxBody;
            return this;
        }

        public Builder cacheEntries(int cacheEntries) {
            if (cacheEntries < 0 || cacheEntries > 1_000_000) {
                throw new IllegalArgumentException("cache entries " + cacheEntries
                        + " is out of range 0-1000000 (0 turns the cache off)");
            }
            this.cacheEntries = cacheEntries;
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** @param file a readable file of {@code user: password} lines with at least one user */
        public Builder passwordFile(Path file) {
            if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("password file " + file + " does not exist or cannot be read");
            }
            Properties users = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                users.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("password file " + file + " cannot be read: " + e.getMessage(), e);
            }
            if (users.isEmpty() || users.values().stream().anyMatch(v -> v.toString().isBlank())) {
                throw new IllegalArgumentException("password file " + file
                        + " must hold one 'user: password' line per user, with a password for each");
            }
            this.passwordFile = file;
            return this;
        }

        /** @param endpoint an absolute http(s) URL that SERVICE may call */
        public Builder serviceAllow(String endpoint) {
            if (!isHttpUrl(endpoint)) {
                throw new IllegalArgumentException("bad SERVICE endpoint '" + endpoint
                        + "': expected an absolute http or https URL");
            }
            serviceAllow.add(endpoint);
            return this;
        }

        private static boolean isHttpUrl(String text) {
            if (text == null) {
                return false;
            }
            try {
                URI uri = new URI(text);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        /**
         * @param origin an origin, {@code http(s)://host[:port]} with no path, whose pages may use the write endpoints
         *               with an editor's credentials (CORS with credentials; writes from it are not refused)
         */
        public Builder corsOrigin(String origin) {
            String bad = "bad CORS origin '" + origin + "': expected http(s)://host or http(s)://host:port, with no"
                    + " path, e.g. https://editor.example.org";
            if (origin == null || !isHttpUrl(origin)) {
                throw new IllegalArgumentException(bad);
            }
            URI uri = URI.create(origin);
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(bad);
            }
            corsOrigins.add(origin);
            return this;
        }

        /** @param dir the TDB2 store: an existing directory, or a new one to be created */
        public Builder tdb2(Path dir) {
            if (dir == null || (Files.exists(dir) && !Files.isDirectory(dir))) {
                throw new IllegalArgumentException("TDB2 location " + dir + " is not a directory");
            }
            this.tdb2Dir = dir;
            return this;
        }

        /** Sends the progress lines of building a TDB2 store (triples, triples/s) to out. */
        public Builder progress(PrintWriter out) {
            this.progress = Objects.requireNonNull(out, "progress");
            return this;
        }

        /** Puts a layer around the served dataset, e.g. a text index kept in step with updates. */
        public Builder layer(ServedLayer layer) {
            this.layer = Objects.requireNonNull(layer, "layer");
            return this;
        }

        /** Sets where documents are served: --base-url and --trust-forwarded (default: this server's address). */
        public Builder documentBase(DocumentBase documentBase) {
            this.documentBase = Objects.requireNonNull(documentBase, "documentBase");
            return this;
        }

        /** Adds an extra module, made for the served dataset when the server starts. */
        public Builder module(ExtraModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** @throws IllegalArgumentException if the settings do not fit together */
        public ServerConfig build() {
            if (source == null) {
                throw new IllegalArgumentException("no graph source given");
            }
            if (allowUpdate && passwordFile == null) {
                throw new IllegalArgumentException("updates need a password file: no open write endpoint is served");
            }
            if (!allowUpdate && passwordFile != null) {
                throw new IllegalArgumentException("password file " + passwordFile + " given, but updates are off");
            }
            if (!allowUpdate && !corsOrigins.isEmpty()) {
                throw new IllegalArgumentException("CORS origin " + corsOrigins.get(0) + " given, but updates are off:"
                        + " every origin may already read this server, and there is nothing else to allow");
            }
            return new ServerConfig(this);
        }
    }
}
