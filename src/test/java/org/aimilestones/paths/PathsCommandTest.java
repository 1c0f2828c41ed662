package org.aimilestones.paths;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aimilestones.testing.CliRun;
import org.junit.jupiter.api.Test;

/** ai-milestones paths A B: names, prefixed names and IRIs, both languages, and its exit codes 0, 1 and 2. */
class PathsCommandTest {

    static CliRun paths(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data";
        all[1] = PathFinderTest.SMALL.toString();
        all[2] = "paths";
        System.arraycopy(args, 0, all, 3, args.length);
        return cli(all);
    }

    @Test
    void pathsBetweenNamesAsSentences() {
        CliRun run = paths("Alice", "Model");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 paths between Alice and Model, shortest first:"), run.out());
        assertTrue(run.out().contains("1. Alice — employer → Acme ← employer — Bob — creator of → Model (3 hops)"),
                run.out());
        assertTrue(run.out().contains("   Acme ← employer — Bob: stated in Cue 2 (00:00:05), Test talk"), run.out());
    }

    @Test
    void iriPrefixedNameChineseAndOptions() {
        CliRun run = paths(PathFinderTest.res("pt-alice"), "res:pt-model", "--k", "1", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("爱丽丝 与 模型 之间有 1 条路径"), run.out());
        assertTrue(run.out().contains("1. 爱丽丝 — "), run.out());
        CliRun chinese = paths("爱丽丝", "模型", "--max-hops", "3");
        // a surname finds its person: "Lab" ends one label only
        assertEquals(0, paths("Lab", "Model").exitCode(), paths("Lab", "Model").err());
        assertEquals(0, chinese.exitCode(), chinese.err());
        assertTrue(chinese.out().contains("2 paths"), chinese.out());
    }

    @Test
    void noPathExitsOne() {
        CliRun run = paths("Alice", "Island");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("No path between Alice and Island within 4 hops."), run.out());
        assertEquals(1, paths("Alice", "Model", "--max-hops", "2").exitCode());
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun ambiguous = paths("Club", "Model");
        assertEquals(2, ambiguous.exitCode(), ambiguous.out());
        assertTrue(ambiguous.err().contains("\"Club\" names several resources"), ambiguous.err());
        assertTrue(ambiguous.err().contains(PathFinderTest.res("pt-club")), ambiguous.err());
        assertTrue(ambiguous.err().contains(PathFinderTest.res("pt-other-club")), ambiguous.err());
        CliRun nothing = paths("Zebra", "Model");
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing found for \"Zebra\""), nothing.err());
        CliRun unknown = paths("res:pt-nobody", "Model");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("is not a resource of the graph"), unknown.err());
        CliRun same = paths("Alice", "res:pt-alice");
        assertEquals(2, same.exitCode());
        assertTrue(same.err().contains("the same resource"), same.err());
        assertEquals(2, paths("Alice", "Model", "--k", "0").exitCode());
        assertEquals(2, paths("Alice", "Model", "--max-hops", "7").exitCode());
        assertEquals(2, paths("Alice", "Model", "--lang", "fr").exitCode());
        assertEquals(2, paths("Alice").exitCode());
    }
}
