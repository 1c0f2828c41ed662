package org.aimilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.server.ReleaseArchive;
import org.aimilestones.vocab.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** ai-milestones release: freezes the dumps of this release into data/releases/{version}/, once. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Freeze the dumps of this release (the version in pom.xml) into DIR/{version}/ as .gz files and"
                + " list them with their SHA-256 in DIR/releases.tsv. The server answers /dumps/{version}/ from them"
                + " ever after. A version that is frozen already is refused: a release never changes.",
            "Run it from the project's root with --data . (the working copy), as the last step of cutting a release;"
                + " see docs/publishing.md."})
public final class ReleaseCommand extends GraphCommand {

    @Option(names = "--releases", paramLabel = "DIR", defaultValue = ReleaseArchive.FOLDER,
            description = "The releases folder (default: ${DEFAULT-VALUE}).")
    private Path releases;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The release date (default: today).")
    private LocalDate date;

    @Override
    protected int run() throws Exception {
        if (!Files.isDirectory(releases.toAbsolutePath().getParent())) {
            err().println("ai-milestones release: no folder " + releases.toAbsolutePath().getParent()
                    + "; run it from the project's root");
            return Main.EXIT_USAGE;
        }
        KnowledgeGraph graph = load();
        List<Path> written;
        try {
            written = ReleaseArchive.freeze(graph.asserted(), graph.inferred(), releases, Release.VERSION,
                    date == null ? LocalDate.now() : date);
        } catch (IllegalStateException frozen) {
            err().println("ai-milestones release: " + frozen.getMessage());
            return Main.EXIT_FAILURE;
        }
        written.forEach(f -> out().println("frozen " + f));
        out().flush();
        return Main.EXIT_OK;
    }
}
