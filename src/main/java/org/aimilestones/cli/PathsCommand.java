package org.aimilestones.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.paths.EdgePolicy;
import org.aimilestones.paths.Hop;
import org.aimilestones.paths.Path;
import org.aimilestones.paths.PathFinder;
import org.aimilestones.paths.PathLimitException;
import org.aimilestones.paths.PathQuery;
import org.aimilestones.paths.PathReport;
import org.aimilestones.paths.PathRequestException;
import org.aimilestones.paths.PathResult;
import org.aimilestones.search.Search;
import org.aimilestones.search.SearchHit;
import org.aimilestones.search.SearchQuery;
import org.aimilestones.search.TextIndex;
import org.aimilestones.search.TextQueryException;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * ai-milestones paths A B: how two resources are connected, as sentences, each step with the places stating it. A and
 * B are IRIs, prefixed names (res:alexnet) or names found through the search index: a name whose search has one
 * best answer is that resource: the only hit whose label is the name, else the only one whose label ends with it
 * as a word ("Hinton" for Geoffrey Hinton, "辛顿" for 杰弗里·辛顿), else the only hit; the graph's resources count before
 * the ontology's terms, whole resources before their parts. Otherwise the candidates are listed and the command fails
 * as a usage error.
 */
@Command(name = "paths", mixinStandardHelpOptions = true,
        description = "Show how two resources are connected: the shortest loopless paths between them over the"
                + " graph's most specific links (rdf:type, provenance, topics, places and the sources' structure left"
                + " out), as sentences with the slide or cue stating each step. A and B are IRIs, prefixed names"
                + " (res:alexnet) or names, in English or Chinese, found through the search index.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:paths found and printed",
            "1:no path within --max-hops, or the search needed more than its bound on held nodes",
            "2:usage error: a bad option, a name that finds nothing or several resources (the candidates are listed),"
                + " an unknown IRI, or A and B the same",
        })
public final class PathsCommand extends GraphCommand {

    private static final int CANDIDATES = 10;

    @Parameters(index = "0", paramLabel = "A", description = "Where the paths start: an IRI, res:name, or a name.")
    private String from;

    @Parameters(index = "1", paramLabel = "B", description = "Where the paths end: an IRI, res:name, or a name.")
    private String to;

    @Option(names = "--max-hops", paramLabel = "N", defaultValue = "" + PathQuery.DEFAULT_HOPS,
            description = "The most steps a path has, 1 to " + PathQuery.MAX_HOPS + " (default: ${DEFAULT-VALUE}).")
    private int maxHops;

    @Option(names = "--k", paramLabel = "K", defaultValue = "" + PathQuery.DEFAULT_K,
            description = "How many paths, 1 to " + PathQuery.MAX_K + " (default: ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the sentences: en or zh (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--include", paramLabel = "ENTRY", split = ",",
            description = "Also follow these properties or pass these classes' nodes (e.g. aimil:topic,aimil:Topic).")
    private List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "ENTRY", split = ",",
            description = "Do not follow these properties or namespaces (e.g. aimil:about or prov:).")
    private List<String> exclude = new ArrayList<>();

    @Override
    protected int run() throws Exception {
        if (!lang.equals("en") && !lang.equals("zh")) {
            throw UserError.usage("--lang must be en or zh, not " + lang);
        }
        PathQuery query;
        try {
            // the numbers and lists first: a bad value is reported before the graph is loaded
            PathQuery.parse("urn:x:a", "urn:x:b", Integer.toString(k), Integer.toString(maxHops), null, null, null);
            EdgePolicy.of(include, exclude);
        } catch (PathRequestException e) {
            throw UserError.usage(e.getMessage());
        }
        KnowledgeGraph kg = load();
        Graph graph = kg.inferred();
        DatasetGraph indexed = TextIndex.wrap(DatasetGraphFactory.wrap(graph),
                kg.textIndex().<IndexHome>map(IndexHome.Prebuilt::new).orElse(IndexHome.IN_MEMORY));
        PathFinder finder = new PathFinder(graph);
        Node a = resolve(from, "A", finder, indexed);
        Node b = resolve(to, "B", finder, indexed);
        PathResult result;
        try {
            query = new PathQuery(a, b, k, maxHops, PathQuery.DEFAULT_VISITED, EdgePolicy.of(include, exclude));
            result = finder.find(query);
        } catch (PathLimitException e) {
            err().println(e.getMessage());
            return Main.EXIT_FAILURE;
        } catch (PathRequestException e) {
            throw UserError.usage(e.getMessage());
        }
        PathReport report = new PathReport(graph, iri -> Optional.empty());
        PrintWriter out = out();
        String nameA = report.label(a, lang);
        String nameB = report.label(b, lang);
        if (result.paths().isEmpty()) {
            out.println(zh() ? nameA + " 与 " + nameB + " 之间在 " + maxHops + " 步之内没有路径。"
                    : "No path between " + nameA + " and " + nameB + " within " + maxHops + " hops.");
            return Main.EXIT_FAILURE;
        }
        out.println(zh() ? nameA + " 与 " + nameB + " 之间有 " + result.paths().size() + " 条路径，最短的在前："
                : result.paths().size() + " paths between " + nameA + " and " + nameB + ", shortest first:");
        int rank = 1;
        for (Path path : result.paths()) {
            out.println();
            out.println(rank++ + ". " + report.sentence(path, lang) + (zh() ? "（" + path.length() + " 步）"
                    : " (" + path.length() + " hops)"));
            for (int i = 0; i < path.length(); i++) {
                Hop hop = path.hops().get(i);
                List<String> places = report.placeLabels(path.triple(i), lang);
                String step = report.sentence(new Path(path.nodes().get(i), List.of(hop)), lang);
                out.println("   " + step + (zh() ? "。" : ": ") + (places.isEmpty()
                        ? (zh() ? "没有来源陈述这条关系。" : "no source names this link")
                        : (zh() ? "出处：" + String.join("；", places) + "。" : "stated in " + String.join("; ", places))));
            }
        }
        return Main.EXIT_OK;
    }

    private boolean zh() {
        return lang.equals("zh");
    }

    /** @return the resource arg names: an IRI or prefixed name the graph knows, else the one best search hit */
    private Node resolve(String arg, String which, PathFinder finder, DatasetGraph indexed) {
        String text = arg.strip();
        if (text.isEmpty()) {
            throw UserError.usage(which + " is empty: give an IRI, res:name or a name");
        }
        Optional<Node> iri = iri(text);
        if (iri.isPresent()) {
            if (!finder.knows(iri.get())) {
                throw UserError.usage(which + ": " + iri.get().getURI() + " is not a resource of the graph");
            }
            return iri.get();
        }
        List<SearchHit> hits;
        try {
            hits = new Search(indexed).search(new SearchQuery(text, null), CANDIDATES);
        } catch (SearchQuery.RefusedException | TextQueryException e) {
            throw UserError.usage(which + ": cannot search for \"" + text + "\": " + e.getMessage());
        }
        if (hits.isEmpty()) {
            throw UserError.usage(which + ": nothing found for \"" + text + "\"; try another name or an IRI");
        }
        // the graph's resources before the ontology's terms (the class aimil:Model is labelled "Model" too), and
        // whole resources before their parts (a person before the Wikidata link record under its IRI)
        for (java.util.function.Predicate<SearchHit> rank : List.<java.util.function.Predicate<SearchHit>>of(
                h -> h.iri().startsWith(AIMIL.RESOURCE_NS),
                h -> h.iri().indexOf('/', AIMIL.RESOURCE_NS.length()) < 0)) {
            List<SearchHit> preferred = hits.stream().filter(rank).toList();
            if (!preferred.isEmpty()) {
                hits = preferred;
            }
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        List<SearchHit> exact = hits.stream().filter(h -> wanted.equals(lower(h.labelEn()))
                || wanted.equals(lower(h.labelZh()))).toList();
        // a surname, or a Chinese name's last part: the one label ending with the name ("Hinton", "辛顿")
        List<SearchHit> ending = hits.stream().filter(h -> endsWithWord(h.labelEn(), wanted)
                || endsWithWord(h.labelZh(), wanted)).toList();
        if (exact.size() == 1) {
            return NodeFactory.createURI(exact.get(0).iri());
        }
        if (exact.isEmpty() && ending.size() == 1) {
            return NodeFactory.createURI(ending.get(0).iri());
        }
        if (hits.size() == 1) {
            return NodeFactory.createURI(hits.get(0).iri());
        }
        StringBuilder message = new StringBuilder(which + ": \"" + text + "\" names " + (exact.isEmpty()
                ? "no resource exactly; the search finds" : "several resources:"));
        for (SearchHit hit : exact.isEmpty() ? hits : exact) {
            message.append(System.lineSeparator()).append("  ").append(hit.iri()).append("  ")
                    .append(hit.labelEn() == null ? "" : hit.labelEn())
                    .append(hit.labelZh() == null ? "" : " / " + hit.labelZh());
        }
        message.append(System.lineSeparator()).append("Give one of these IRIs (or res:name) instead.");
        throw UserError.usage(message.toString());
    }

    /** @return whether label ends with name after a space or a middle dot, or (Chinese, no spaces) at all */
    private static boolean endsWithWord(String label, String name) {
        String l = lower(label);
        if (l == null || !l.endsWith(name) || l.length() == name.length()) {
            return false;
        }
        char before = l.charAt(l.length() - name.length() - 1);
        boolean han = Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN;
        return before == ' ' || before == '·' || han && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Optional<Node> iri(String text) {
        if (text.startsWith("http://") || text.startsWith("https://") || text.startsWith("<")) {
            try {
                return Optional.of(NodeFactory.createURI(PathQuery.parse(text, "urn:x:b", null, null, null, null, null)
                        .from().getURI()));
            } catch (PathRequestException e) {
                throw UserError.usage(e.getMessage());
            }
        }
        if (text.matches("[a-z][a-z0-9]*:[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
            try {
                return Optional.of(PathQuery.parse(text, "urn:x:b", null, null, null, null, null).from());
            } catch (PathRequestException e) {
                return Optional.empty(); // not a known prefix: a name with a colon
            }
        }
        return Optional.empty();
    }
}
