package org.aimilestones.cli;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimilestones.testing.CliRun;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ai-milestones scaffold: a transcript's source, cues and checklist from its text, never over an existing file. */
class ScaffoldCommandTest {

    static final String HEADER = String.join("\n",
            "Source: someone/repo (fork of other/repo) path talks/srt/2031.srt, commit 0123456789abcdef0123456789abcdef01234567",
            "# Deck: \"19.2031 AI 大事件\"; stub page talks/2031.md; video: https://www.bilibili.com/video/BV1xx411c7mD (README);"
                    + " Copyright © ZOMI.",
            "# Text below: one cue a line.",
            "");

    static Path transcript(Path dir, String... cues) throws IOException {
        Path file = dir.resolve("2031.txt");
        Files.writeString(file, HEADER + "\n" + String.join("\n", cues) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesTheSourceItsCuesTheirWordsAndTheChecklist(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/data")).getParent();
        Path file = transcript(tmp, "00:00:00\t大家好", "00:01:51\t2031 年的 11 月份", "00:01:53\t某公司开源了某框架",
                "00:01:53\t ");
        CliRun run = cli("scaffold", "--into", project.toString(), file.toString());
        assertEquals(0, run.exitCode(), run.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, project.resolve("data/2031-transcript.ttl").toString());
        RDFDataMgr.read(g, project.resolve("data/source-text/2031-transcript-text.ttl").toString());
        String ttl = Files.readString(project.resolve("data/2031-transcript.ttl"));
        assertTrue(ttl.contains("res:ai-milestones-2031-video-transcript a aimil:Transcript"), ttl);
        assertTrue(ttl.contains("aimil:number 19 ;") && ttl.contains("aimil:coversYear \"2031\"^^xsd:gYear"), ttl);
        assertTrue(ttl.contains("aimil:video bili:BV1xx411c7mD") && ttl.contains("<https://www.bilibili.com/video/BV1xx411c7mD>"));
        assertTrue(ttl.contains("this:cue-2 a aimil:Cue") && ttl.contains("\"PT1M51S\"^^xsd:duration"), ttl);
        assertTrue(ttl.contains("this:cue-4 a aimil:Cue"), "a cue without words is still a cue");
        assertTrue(ttl.contains("dct:rights") && ttl.contains("© ZOMI"), "the source's credit");
        String text = Files.readString(project.resolve("data/source-text/2031-transcript-text.ttl"));
        assertTrue(text.contains("this:cue-3 aimil:cueText \"某公司开源了某框架\"@zh"), text);
        assertTrue(text.contains("<https://w3id.org/ai-milestones/dataset#2031-transcript-text> a void:Dataset"), text);
        List<String> checklist = Files.readAllLines(project.resolve("data/coverage/2031.tsv"));
        assertEquals(4, checklist.stream().filter(l -> l.startsWith("res:")).count());
        assertTrue(checklist.contains("res:ai-milestones-2031-video-transcript\t2\t00:01:51\t2031 年的 11 月份\tTODO"),
                checklist.toString());
        assertTrue(g.size() > 30);
        String events = Files.readString(project.resolve("queries/by-source/ai-milestones-2031-video-transcript/events.rq"));
        assertTrue(events.contains("aimil:inSource <https://w3id.org/ai-milestones/resource/ai-milestones-2031-video-transcript>"),
                events);
    }

    @Test
    void neverReplacesAFileAndWritesNothingThen(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/data/coverage")).getParent().getParent();
        Files.writeString(project.resolve("data/coverage/2031.tsv"), "curated\n");
        CliRun run = cli("scaffold", "--into", project.toString(), transcript(tmp, "00:00:00\t大家好").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("2031.tsv exists already; nothing written"), run.err());
        assertEquals("curated\n", Files.readString(project.resolve("data/coverage/2031.tsv")));
        assertFalse(Files.exists(project.resolve("data/2031-transcript.ttl")), "nothing else either");
    }

    @Test
    void aBrokenTranscriptIsReportedByFileLineAndColumn(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project/data")).getParent();
        Path file = transcript(tmp, "00:00:00\t大家好", "0:01\t没有制表符");
        CliRun run = cli("scaffold", "--into", project.toString(), file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(file + ":6:1: a cue line is"), run.err());
        assertFalse(Files.exists(project.resolve("data/2031-transcript.ttl")));
        CliRun backwards = cli("scaffold", "--into", project.toString(),
                transcript(tmp, "00:00:09\t后", "00:00:03\t前").toString());
        assertTrue(backwards.err().contains(":6:1: cue starts at 00:00:03, before the cue above it"), backwards.err());
        CliRun missing = cli("scaffold", "--into", project.toString(), tmp.resolve("nope.txt").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such transcript"), missing.err());
        CliRun noProject = cli("scaffold", "--into", tmp.resolve("elsewhere").toString(), file.toString());
        assertEquals(2, noProject.exitCode());
        assertTrue(noProject.err().contains("has no data/ folder"), noProject.err());
    }
}
