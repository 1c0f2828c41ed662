package org.aimilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.query.CompetencyAnswers;
import org.aimilestones.query.CompetencyAnswers.Comparison;
import org.aimilestones.query.CompetencyAnswers.Competency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ai-milestones expected: the competency queries' answers against their expected answers, with a diff; --update. */
@Command(name = "expected", mixinStandardHelpOptions = true,
        description = {"Run every competency query of the working copy (--data, default the current folder) over the"
                + " graph with its RDFS entailments and compare each answer with its expected answer under"
                + " src/test/resources/expected/, printing a diff (- expected, + now) of each that differs. Exit 0"
                + " when all agree, 1 when any differs.",
            "Cross-source queries (queries/NAME.rq) change as sources are added: --update writes their new answers"
                + " after printing the diff, for review in the commit. Per-source queries"
                + " (queries/by-source/SOURCE/NAME.rq) must not change when another source is added, so --update"
                + " leaves them alone; --update-source SOURCE writes that source's, after its own data changed."})
public final class ExpectedCommand extends GraphCommand {

    @Option(names = "--update", description = "Write the cross-source queries' new answers as their expected answers.")
    private boolean update;

    @Option(names = "--update-source", paramLabel = "SOURCE",
            description = "Write the new answers of the per-source queries of SOURCE (its folder name under"
                    + " queries/by-source/).")
    private String updateSource;

    @Override
    protected int run() throws Exception {
        GraphSource source = source().isBundled() ? GraphSource.directory(Path.of(".")) : source();
        Path root = source.queriesDir().getParent();
        if (!Files.isDirectory(root.resolve(CompetencyAnswers.QUERIES))) {
            throw UserError.usage(root + " has no queries/ folder: run it in the project's working copy, or give it"
                    + " with --data");
        }
        CompetencyAnswers answers = new CompetencyAnswers(root);
        List<Competency> all = answers.all();
        if (updateSource != null && all.stream().noneMatch(c -> updateSource.equals(c.source()))) {
            throw UserError.usage("no per-source queries for " + updateSource + " under queries/"
                    + CompetencyAnswers.BY_SOURCE + "/");
        }
        KnowledgeGraph graph = KnowledgeGraph.load(source);
        int differ = 0;
        int written = 0;
        for (Competency c : all) {
            Comparison cmp = CompetencyAnswers.compare(c, graph.inferred(), graph.prefixes());
            if (cmp.same()) {
                continue;
            }
            boolean write = c.perSource() ? c.source().equals(updateSource) : update;
            out().println((cmp.missing() ? "new: " : "differs: ") + c.name() + (write ? " (written)" : ""));
            cmp.diff().forEach(line -> out().println("    " + line));
            if (write) {
                CompetencyAnswers.write(cmp);
                written++;
            } else {
                differ++;
            }
        }
        out().println(all.size() + " competency queries: " + (all.size() - differ - written) + " as expected, "
                + written + " written, " + differ + " differ");
        out().flush();
        return differ == 0 ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }
}
