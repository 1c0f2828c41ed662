package org.aimilestones.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.query.GraphStats;
import picocli.CommandLine.Command;

/** ai-milestones stats: triple totals and counts of the data by class, property and language, as a readable table. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show triple totals, and counts of the data by class (asserted rdf:type), by property and"
                + " by language tag of its literals.")
public final class StatsCommand extends GraphCommand {

    @Override
    protected int run() throws Exception {
        KnowledgeGraph graph = load();
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("ontology", (long) graph.ontology().size());
        totals.put("data", (long) graph.data().size());
        totals.put("asserted", (long) graph.asserted().size());
        totals.put("inferred", (long) graph.inferred().size());
        GraphStats data = new GraphStats(graph.data(), graph.prefixes());
        section("Triples", totals);
        section("Instances by class (asserted rdf:type in the data)", data.byClass());
        section("Triples by property (data)", data.byProperty());
        section("Literals by language tag (data)", data.byLanguage());
        out().flush();
        return Main.EXIT_OK;
    }

    private void section(String title, Map<String, Long> counts) {
        out().println(title);
        int width = Math.max(1, counts.keySet().stream().mapToInt(String::length).max().orElse(1));
        counts.forEach((name, count) -> out().printf("  %-" + width + "s %8d%n", name, count));
        if (counts.isEmpty()) {
            out().println("  -");
        }
        out().println();
    }
}
