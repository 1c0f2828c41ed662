package org.aimilestones.w3id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.aimilestones.testing.Http;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.aimilestones.testing.ServeThread;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The w3id redirect template docs/w3id/.htaccess, served for real: Debian's Apache httpd (mod_rewrite, mod_headers,
 * AllowOverride All, as on w3id.org) runs in the foreground on a free loopback port with a generated minimal
 * httpd.conf and a DocumentRoot holding ai-milestones/.htaccess, its one parameter filled with the base URL of a
 * real AI Milestones server started on port 0. Each identifier is asked for with a browser's Accept, text/turtle,
 * application/ld+json, application/rdf+xml, application/n-triples and *&#47;*: Apache must answer exactly one
 * 303 with Vary: Accept, Access-Control-Allow-Origin: * and the Location of the document in the table of
 * docs/w3id/README.md, and that document must answer 200 with the expected Content-Type, without a further redirect.
 *
 * <p>Skipped when /usr/sbin/apache2 is missing (a developer's machine); under CI (environment variable CI set) that
 * fails instead, and .ci/run installs apache2.
 */
class W3idRedirectTest {

    private static final Path APACHE = Path.of("/usr/sbin/apache2");
    private static final Path MODULES = Path.of("/usr/lib/apache2/modules");
    private static final Path TEMPLATE = Path.of("docs/w3id/.htaccess");
    private static final String PARAMETER = "https://DEPLOYMENT/";
    private static final String BROWSER =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    /** The version the ontology declares: owl:versionIRI N ontology/VERSION. */
    private static final String VERSION = declaredVersion();

    private static ServeThread server;
    private static Path dir;
    private static Process httpd;
    private static String w3id;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(APACHE)) {
            if (System.getenv("CI") != null) {
                fail(APACHE + " is missing under CI (.ci/run installs the Debian package apache2)");
            }
            assumeTrue(false, "skipped: no " + APACHE + " (apt-get install apache2; .ci/run does)");
        }
        server = new ServeThread();
        base = server.url();
        dir = Files.createTempDirectory("ai-milestones-w3id");
        Path root = Files.createDirectories(dir.resolve("htdocs/ai-milestones"));
        String template = Files.readString(TEMPLATE);
        assertEquals(1, template.split(java.util.regex.Pattern.quote(PARAMETER), -1).length - 1,
                "the template has its one parameter " + PARAMETER + " exactly once");
        Files.writeString(root.resolve(".htaccess"), template.replace(PARAMETER, base));
        readableByApache(dir);
        IOException last = null;
        for (int attempt = 0; attempt < 3 && httpd == null; attempt++) {
            try {
                startApache(freePort());
            } catch (IOException e) {
                last = e;
            }
        }
        if (httpd == null) {
            throw last;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (httpd != null) {
            httpd.descendants().forEach(ProcessHandle::destroy);
            httpd.destroy();
            if (!httpd.waitFor(20, TimeUnit.SECONDS)) {
                httpd.destroyForcibly();
            }
        }
        if (server != null) {
            server.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One identifier under the namespace, the document each representation lands on, and its media type. */
    record Case(String thing, String accept, String document, String mediaType) {
        @Override
        public String toString() {
            return thing + " [" + (accept.equals(BROWSER) ? "browser" : accept) + "]";
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        addAll(cases, "resource/alexnet", "page/alexnet", "data/alexnet");
        addAll(cases, "resource/google-acquires-deepmind/price", "page/google-acquires-deepmind/price",
                "data/google-acquires-deepmind/price");
        addAll(cases, "ontology", "ontology.html", "ontology");
        addAll(cases, "ontology/" + VERSION, "ontology/" + VERSION + ".html", "ontology/" + VERSION);
        addAll(cases, "shapes", "shapes.ttl", "shapes");
        addAll(cases, "dataset", "", "dataset");
        addAll(cases, "dataset/graph", "", "dataset");
        return cases;
    }

    private static void addAll(List<Case> cases, String thing, String html, String rdf) {
        boolean hasHtml = !thing.equals("shapes");
        cases.add(new Case(thing, BROWSER, html, hasHtml ? "text/html" : "text/turtle"));
        cases.add(new Case(thing, "text/turtle", rdf + ".ttl", "text/turtle"));
        cases.add(new Case(thing, "application/ld+json", rdf + ".jsonld", "application/ld+json"));
        cases.add(new Case(thing, "application/rdf+xml", rdf + ".rdf", "application/rdf+xml"));
        cases.add(new Case(thing, "application/n-triples", rdf + ".nt", "application/n-triples"));
        cases.add(new Case(thing, "*/*", rdf + ".ttl", "text/turtle"));
    }

    static Stream<Arguments> arguments() {
        return cases().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void apacheAnswersOne303ToTheDocument(Case c) {
        HttpResponse<String> hop = Http.get(w3id + c.thing(), c.accept());
        assertEquals(303, hop.statusCode(), c + ": Apache's answer\n" + hop.body());
        assertEquals(base + c.document(), hop.headers().firstValue("Location").orElse(null), c + ": Location");
        assertTrue(hop.headers().allValues("Vary").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT)
                .contains("accept")), c + ": Vary: Accept on the 303, got " + hop.headers().allValues("Vary"));
        assertEquals("*", hop.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                c + ": Access-Control-Allow-Origin on the 303");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void theDocumentLandsWith200AndItsType(Case c) {
        String location = Http.get(w3id + c.thing(), c.accept()).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> landing = Http.get(location, c.accept());
        assertEquals(200, landing.statusCode(), c + ": " + location + " answered " + landing.statusCode()
                + " " + landing.headers().firstValue("Location").orElse(""));
        String type = landing.headers().firstValue("Content-Type").orElse("");
        assertEquals(c.mediaType(), type.split(";")[0].trim().toLowerCase(Locale.ROOT), c + ": " + location);
    }

    @Test
    void formatParameterWinsOverAccept() {
        HttpResponse<String> hop = Http.get(w3id + "resource/alexnet?format=nt", BROWSER);
        assertEquals(303, hop.statusCode());
        assertEquals(base + "data/alexnet.nt", hop.headers().firstValue("Location").orElse(null));
    }

    @Test
    void noAcceptAtAllGetsTurtle() {
        HttpResponse<String> hop = Http.get(w3id + "resource/alexnet", null);
        assertEquals(303, hop.statusCode());
        assertEquals(base + "data/alexnet.ttl", hop.headers().firstValue("Location").orElse(null));
    }

    @Test
    void anRdfTypeListedBeforeHtmlWins() {
        HttpResponse<String> hop = Http.get(w3id + "ontology", "application/rdf+xml, text/html;q=0.5");
        assertEquals(303, hop.statusCode());
        assertEquals(base + "ontology.rdf", hop.headers().firstValue("Location").orElse(null));
    }

    @Test
    void theNamespaceItselfGoesToTheLandingPage() {
        HttpResponse<String> hop = Http.get(w3id, BROWSER);
        assertEquals(302, hop.statusCode());
        assertEquals(base, hop.headers().firstValue("Location").orElse(null));
    }

    @Test
    void otherPathsAreNotFound() {
        assertEquals(404, Http.get(w3id + "resource", BROWSER).statusCode());
        assertEquals(404, Http.get(w3id + "resource/", BROWSER).statusCode());
        assertEquals(404, Http.get(w3id + "sparql", "*/*").statusCode());
    }

    private static void startApache(int port) throws IOException, InterruptedException {
        Path conf = dir.resolve("httpd-" + port + ".conf");
        Path log = dir.resolve("error-" + port + ".log");
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(conf, String.join("\n",
                "ServerRoot " + dir,
                "LoadModule mpm_event_module " + MODULES.resolve("mod_mpm_event.so"),
                "LoadModule authz_core_module " + MODULES.resolve("mod_authz_core.so"),
                "LoadModule rewrite_module " + MODULES.resolve("mod_rewrite.so"),
                "LoadModule headers_module " + MODULES.resolve("mod_headers.so"),
                "Listen 127.0.0.1:" + port,
                "ServerName 127.0.0.1",
                root ? "User www-data\nGroup www-data" : "",
                "PidFile " + dir.resolve("httpd-" + port + ".pid"),
                "DefaultRuntimeDir " + dir,
                "ErrorLog " + log,
                "LogLevel warn",
                "DocumentRoot " + dir.resolve("htdocs"),
                "<Directory />",
                "  AllowOverride None",
                "  Require all denied",
                "</Directory>",
                "<Directory " + dir.resolve("htdocs") + ">",
                "  AllowOverride All",
                "  Require all granted",
                "</Directory>",
                ""));
        Process p = new ProcessBuilder(APACHE.toString(), "-f", conf.toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(dir.resolve("apache-" + port + ".out").toFile()).start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("apache2 stopped at start (exit " + p.exitValue() + "):\n"
                        + Files.readString(dir.resolve("apache-" + port + ".out"))
                        + (Files.exists(log) ? Files.readString(log) : ""));
            }
            try (Socket probe = new Socket("127.0.0.1", port)) {
                httpd = p;
                w3id = "http://127.0.0.1:" + port + "/ai-milestones/";
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IOException("apache2 did not listen on port " + port + " within 20 s");
    }

    private static String declaredVersion() {
        String prefix = "https://w3id.org/ai-milestones/ontology/";
        return RDFDataMgr.loadGraph("ontology/ai-milestones.ttl")
                .find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getURI())
                .filterKeep(iri -> iri.startsWith(prefix))
                .mapWith(iri -> iri.substring(prefix.length()))
                .next();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Apache's worker (www-data when the test runs as root) must read the DocumentRoot. */
    private static void readableByApache(Path top) throws IOException {
        try (Stream<Path> files = Files.walk(top)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
