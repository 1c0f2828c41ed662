package org.aimilestones.validate;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.aimilestones.load.RdfsClosure;
import org.aimilestones.testing.CliRun;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/shapes.ttl run by a SHACL Core engine of another implementation, Zazuko's rdf-validate-shacl (JavaScript,
 * pinned in src/test/shacl-js/package-lock.json, run under the machine's Node), gives the same report as jena-shacl:
 * the same conformance and the same results as (focus node, path, source shape, constraint component, severity),
 * over the shipped inferred data and every fixture under src/test/resources/shacl/. Every invalid fixture is caught
 * by the Core engine. The SHACL-SPARQL-only fixtures are the documented exception: the Core shapes pass them, in
 * both engines.
 *
 * <p>Skipped on a developer's machine without node or without {@code npm ci} run in src/test/shacl-js; under CI
 * (environment variable CI set) a missing engine fails instead, and .ci/run installs it.
 */
class CoreEngineAgreementTest {

    private static final Path JS = Path.of("src/test/shacl-js");
    private static final String VALIDATE = "validate.mjs";

    private static Graph ontology;
    private static ShaclCheck jena;
    /** What each engine is asked about, by name: every fixture's inferred graph and the two shipped dumps. */
    private static final Map<String, Graph> GRAPHS = new LinkedHashMap<>();
    /** The Core engine's report on each of them, from one run of node over all (node starts once, not 28 times). */
    private static Map<String, Report> coreReports;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void engine() throws Exception {
        String missing = missingEngine();
        if (missing != null) {
            if (System.getenv("CI") != null) {
                fail("the SHACL Core engine is missing under CI: " + missing);
            }
            assumeTrue(false, "skipped: " + missing + " (run `npm ci` in src/test/shacl-js; .ci/run does)");
        }
        ontology = Fixtures.ontology();
        jena = new ShaclCheck(Fixtures.coreShapes());
        for (Path fixture : Stream.concat(coreFixtures().stream(), sparqlOnlyFixtures().stream()).toList()) {
            GRAPHS.put(fixture.toString(), RdfsClosure.of(ontology, Fixtures.read(fixture)));
        }
        GRAPHS.put(SHIPPED_INFERRED, exported("ai-milestones-inferred.nt", "--inferred"));
        GRAPHS.put(SHIPPED_ASSERTED, exported("ai-milestones.nt"));
        coreReports = rdfValidateShacl(GRAPHS);
    }

    private static final String SHIPPED_INFERRED = "the shipped inferred data";
    private static final String SHIPPED_ASSERTED = "the shipped asserted data";

    /** @return the shipped data as `ai-milestones export` writes it in N-Triples, with the further options */
    private static Graph exported(String file, String... options) {
        Path dump = tmp.resolve(file);
        List<String> args = new ArrayList<>(List.of("export", "--data", ".", "--format", "ntriples", "--output",
                dump.toString()));
        args.addAll(List.of(options));
        CliRun run = cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return RDFDataMgr.loadGraph(dump.toString());
    }

    /** null when node runs and rdf-validate-shacl is installed, else what is missing. */
    private static String missingEngine() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "`node --version` failed";
            }
        } catch (IOException e) {
            return "no `node` on the PATH";
        }
        if (!Files.isDirectory(JS.resolve("node_modules/rdf-validate-shacl"))
                || !Files.isDirectory(JS.resolve("node_modules/n3"))) {
            return "rdf-validate-shacl is not installed in " + JS.resolve("node_modules");
        }
        return null;
    }

    static List<Path> coreFixtures() {
        List<Path> all = new ArrayList<>(Fixtures.dataFiles("valid"));
        all.addAll(Fixtures.dataFiles("invalid"));
        return all;
    }

    static List<Path> sparqlOnlyFixtures() {
        return Fixtures.dataFiles(Fixtures.SHACL_SPARQL.resolve("invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreFixtures")
    void coreEngineAgreesWithJenaOnFixture(Path fixture) throws Exception {
        Report js = agree(fixture.toString());
        boolean invalid = fixture.getParent().getFileName().toString().equals("invalid");
        assertEquals(!invalid, js.conforms(), fixture + ": the Core engine's verdict\n" + js);
        if (invalid) {
            assertFalse(js.results().isEmpty(), fixture + ": the Core engine reports no result");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sparqlOnlyFixtures")
    void coreShapesPassWhatOnlySparqlCatches(Path fixture) throws Exception {
        Report js = agree(fixture.toString());
        assertTrue(js.conforms(), fixture + ": the Core shapes alone should not catch this\n" + js);
    }

    @Test
    void coreEngineAgreesWithJenaOnShippedInferredData() {
        Report js = agree(SHIPPED_INFERRED);
        assertTrue(js.conforms(), "the shipped inferred data does not conform:\n" + js);
    }

    /**
     * The asserted dump (no entailments) is not what the shapes apply to, and does not conform (e.g. an event's
     * participant is stated through a sub-property); both engines must still say the same about it.
     */
    @Test
    void coreEngineAgreesWithJenaOnShippedAssertedData() {
        agree(SHIPPED_ASSERTED);
    }

    /** The agreement check: both engines' reports on the graph named what, compared; returns the Core engine's. */
    private static Report agree(String what) {
        Report java = jena(GRAPHS.get(what));
        Report js = coreReports.get(what);
        assertTrue(js != null, "node reported nothing on " + what);
        assertEquals(java, js, what + ": jena-shacl and rdf-validate-shacl disagree");
        return js;
    }

    /** One engine's report, reduced to what both engines must agree on; results sorted. */
    record Report(boolean conforms, List<String> results) {
        @Override
        public String toString() {
            return "conforms " + conforms + "\n" + String.join("\n", results);
        }
    }

    private static Report jena(Graph inferred) {
        ValidationReport report = jena.report(inferred);
        List<String> results = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "-"
                    : e.resultPath() instanceof P_Link link ? term(link.getNode()) : "(complex path)";
            results.add(String.join("\t", term(e.focusNode()), path, term(e.source()),
                    term(e.sourceConstraintComponent()), term(e.severity().level())));
        }
        results.sort(null);
        return new Report(report.conforms(), results);
    }

    /** @return the Core engine's report on each graph, by name, from one run of node over them all */
    private static Map<String, Report> rdfValidateShacl(Map<String, Graph> graphs) throws Exception {
        Map<String, String> names = new HashMap<>();
        List<String> command = new ArrayList<>(List.of("node", VALIDATE, Fixtures.SHAPES.toAbsolutePath().toString()));
        for (Map.Entry<String, Graph> graph : graphs.entrySet()) {
            Path data = Files.createTempFile(tmp, "data", ".nt");
            try (OutputStream out = Files.newOutputStream(data)) {
                RDFDataMgr.write(out, graph.getValue(), RDFFormat.NTRIPLES);
            }
            names.put(data.toAbsolutePath().toString(), graph.getKey());
            command.add(data.toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(command).directory(JS.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), "node " + VALIDATE + " failed:\n" + out);
        Map<String, Report> reports = new HashMap<>();
        String name = null;
        Boolean conforms = null;
        List<String> results = new ArrayList<>();
        for (String line : (out + "data\t").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("data")) {
                if (name != null) {
                    assertTrue(conforms != null, "no conforms line from node for " + name + ":\n" + out);
                    results.sort(null);
                    reports.put(name, new Report(conforms, List.copyOf(results)));
                }
                name = names.get(f[1]);
                conforms = null;
                results.clear();
            } else if (f[0].equals("conforms")) {
                conforms = Boolean.valueOf(f[1]);
            } else if (f[0].equals("result")) {
                results.add(String.join("\t", Stream.of(f).skip(1).map(CoreEngineAgreementTest::blank).toList()));
            }
        }
        return reports;
    }

    /** IRIs as &lt;...&gt;; blank nodes as "_:" (their labels are each engine's own); missing as "-". */
    private static String term(Node n) {
        if (n == null) {
            return "-";
        }
        return n.isURI() ? "<" + n.getURI() + ">" : n.isBlank() ? "_:" : n.toString();
    }

    private static String blank(String term) {
        return term.startsWith("_:") ? "_:" : term;
    }
}
