package org.aimilestones.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aimilestones.scaffold.ScaffoldException;
import org.aimilestones.scaffold.Transcript;
import org.aimilestones.scaffold.TranscriptScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ai-milestones scaffold: the files a new transcript source starts from, with the naming rule applied. */
@Command(name = "scaffold", mixinStandardHelpOptions = true,
        description = {"Write the files a new source starts from, read from a transcript of the series (the format of"
                + " ../shared/transcripts/YYYY.txt): data/YYYY-transcript.ttl (the source with its credit, series"
                + " number, year and video, one aimil:Cue per cue), data/source-text/YYYY-transcript-text.ttl (the"
                + " cues' words), data/coverage/YYYY.tsv (the checklist, every ask TODO) and the source's own"
                + " competency queries queries/by-source/SOURCE/ (their answers: expected --update-source SOURCE).",
            "Refuses to replace a file that exists (nothing is written then). The curator then writes the facts"
                + " (data/YYYY-events.ttl …) and the checklist's asks; see docs/model.md#adding-a-source."})
public final class ScaffoldCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRANSCRIPT", description = "The transcript file, e.g. ../shared/transcripts/2015.txt.")
    private Path transcript;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder the files go into (default: the current folder).")
    private Path into;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(into.resolve("data"))) {
            throw UserError.usage("--into " + into + " has no data/ folder: give the project's folder");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(transcript, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw UserError.usage("no such transcript: " + transcript);
        } catch (MalformedInputException e) {
            throw UserError.usage(transcript + " is not UTF-8 text");
        }
        Map<String, String> files;
        try {
            files = new TranscriptScaffold(Transcript.parse(transcript.toString(), lines)).files();
        } catch (ScaffoldException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_FAILURE;
        }
        for (String file : files.keySet()) {
            if (Files.exists(into.resolve(file))) {
                spec.commandLine().getErr().println("ai-milestones scaffold: " + into.resolve(file)
                        + " exists already; nothing written (move it away to scaffold again)");
                return Main.EXIT_FAILURE;
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = into.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + path);
        }
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
