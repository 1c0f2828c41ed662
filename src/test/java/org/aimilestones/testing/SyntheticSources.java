package org.aimilestones.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aimilestones.scaffold.Transcript;
import org.aimilestones.scaffold.TranscriptScaffold;
import org.aimilestones.vocab.AIMIL;

/**
 * A temporary copy of the project (ontology/, data/, queries/) with three made-up sources added as a curator adds
 * them: two transcripts written by {@link TranscriptScaffold} from transcript texts in the series' format (one with
 * a Bilibili video, one without) and a small slide deck, plus one undated event stated on slides 10 and 6 of the
 * deck, on cues 12 and 3 of the first transcript and on cue 2 of the second, and a system's first at a performance
 * level no real source names, stated on cue 12 of the first transcript. Their series numbers (98 and 99 for the transcripts, 100 for the deck: in series order the
 * deck comes last, as text first) and years
 * ({@link #FIRST_YEAR}, {@link #LAST_YEAR}) lie beyond the real sources, so that order and span are read from the
 * graph and not from IRIs or strings. Nothing is written under the project's own data/.
 */
public final class SyntheticSources {

    /** The year of the first made-up transcript (series number 98), after every real source. */
    public static final int FIRST_YEAR = 2091;
    /** The year of the second made-up transcript (series number 99), the last year of all. */
    public static final int LAST_YEAR = 2093;
    /** The made-up video of the first transcript. */
    public static final String VIDEO = "BV1synthetic9";
    /** The event every made-up source states. */
    public static final String EVENT = AIMIL.RESOURCE_NS + "synthetic-sourced-event";
    /** The made-up system, its first and its level. */
    public static final String SYSTEM = AIMIL.RESOURCE_NS + "synthetic-system";
    public static final String LEVEL_LABEL = "Synthetic level";
    /** The made-up deck (series number 100). */
    public static final String DECK = AIMIL.RESOURCE_NS + "synthetic-deck";
    /** Its English title. */
    public static final String DECK_TITLE = "A synthetic deck for the tests";
    /** The English credit of the made-up deck. */
    public static final String DECK_CREDIT = "© Synthetic Author, for the tests only.";

    private SyntheticSources() {}

    /** @return the first transcript's IRI */
    public static String firstTranscript() {
        return AIMIL.RESOURCE_NS + "ai-milestones-" + FIRST_YEAR + "-video-transcript";
    }

    /** @return the second transcript's IRI */
    public static String secondTranscript() {
        return AIMIL.RESOURCE_NS + "ai-milestones-" + LAST_YEAR + "-video-transcript";
    }

    /** Copies the project into dir, adds the made-up sources and the event; returns dir (give it as --data). */
    public static Path project(Path dir) {
        for (String folder : List.of("ontology", "data", "queries")) {
            Fixture.copyTree(Path.of(folder), dir.resolve(folder));
        }
        scaffold(dir, transcript(98, FIRST_YEAR, " video: https://www.bilibili.com/video/" + VIDEO + " (README)",
                List.of("00:00:00\t开场", "00:00:40\t第二条", "00:01:51\t合成事件发生了", "00:02:00\t四",
                        "00:02:10\t五", "00:02:20\t六", "00:02:30\t七", "00:02:40\t八", "00:02:50\t九",
                        "00:03:00\t十", "00:05:00\t十一", "00:10:05\t合成事件又被提到")));
        scaffold(dir, transcript(99, LAST_YEAR, " video: none given",
                List.of("00:00:00\t开场", "01:02:03\t合成事件的结局")));
        Fixture.write(dir, "data/synthetic-deck.ttl", deck());
        return dir;
    }

    private static List<String> transcript(int number, int year, String video, List<String> cues) {
        String deck = String.format("%02d.%d 合成大事件", number, year);
        return Stream.concat(Stream.of(
                "Source: example/synthetic (made up for the tests) path srt/" + year + ".srt, commit "
                        + "0123456789abcdef0123456789abcdef01234567",
                "# Deck: \"" + deck + "\";" + video,
                "# Text below: one cue a line, <start time HH:MM:SS> TAB <text>.",
                ""), cues.stream()).toList();
    }

    private static void scaffold(Path dir, List<String> lines) {
        Map<String, String> files = new TranscriptScaffold(Transcript.parse("synthetic.txt", lines)).files();
        files.forEach((file, text) -> Fixture.write(dir, file, text));
    }

    private static String deck() {
        String first = "<" + firstTranscript() + "/cue-";
        String second = "<" + secondTranscript() + "/cue-";
        StringBuilder ttl = new StringBuilder("""
                @prefix aimil: <https://w3id.org/ai-milestones/ontology#> .
                @prefix res:   <https://w3id.org/ai-milestones/resource/> .
                @prefix deck:  <https://w3id.org/ai-milestones/resource/synthetic-deck/> .
                @prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
                @prefix dct:   <http://purl.org/dc/terms/> .

                res:synthetic-deck a aimil:SlideDeck ;
                    rdfs:label "Synthetic deck"@en , "合成幻灯片"@zh ;
                    aimil:title "%s"@en , "供测试用的合成幻灯片"@zh ;
                    aimil:inSeries res:the-past-decade-of-ai ;
                    aimil:number 100 ;
                    aimil:coversYear "%d"^^xsd:gYear ;
                    aimil:creator res:zomi ;
                    dct:rights "%s"@en , "© 合成作者，仅供测试。"@zh .
                """.formatted(DECK_TITLE, FIRST_YEAR + 1, DECK_CREDIT));
        for (int n = 1; n <= 12; n++) {
            ttl.append("deck:slide-").append(n).append(" a aimil:Slide ; aimil:number ").append(n)
                    .append(" ; aimil:inDeck res:synthetic-deck ; rdfs:label \"Synthetic slide ").append(n)
                    .append("\"@en , \"合成第 ").append(n).append(" 页\"@zh ; aimil:title \"Synthetic slide title ")
                    .append(n).append("\"@en , \"合成页标题 ").append(n).append("\"@zh .\n");
        }
        ttl.append("""

                res:synthetic-sourced-event a aimil:Event ;
                    rdfs:label "Synthetic sourced event"@en , "合成的有出处事件"@zh ;
                    rdfs:comment "An event made up for the tests, stated in three made-up sources."@en ,
                        "为测试编造的事件，出自三个编造的来源。"@zh ;
                    aimil:dateBasis aimil:Undated ;
                    aimil:statedIn deck:slide-10 , deck:slide-6 , %s12> , %s3> , %s2> .

                res:synthetic-system a aimil:Model ;
                    rdfs:label "Synthetic system"@en , "合成系统"@zh ;
                    rdfs:comment "A system made up for the tests."@en , "为测试编造的系统。"@zh ;
                    aimil:statedIn %s12> .

                res:synthetic-level a aimil:PerformanceLevel ;
                    rdfs:label "Synthetic level"@en , "合成水平"@zh ;
                    rdfs:comment "A performance level no real source names."@en , "真实来源中没有的性能水平。"@zh ;
                    aimil:statedIn %s12> .

                <https://w3id.org/ai-milestones/resource/synthetic-system/first-at-the-synthetic-level> a aimil:PerformanceClaim ;
                    rdfs:label "Synthetic system first at the synthetic level"@en , "合成系统首次达到合成水平"@zh ;
                    rdfs:comment "A first made up for the tests."@en , "为测试编造的首次。"@zh ;
                    aimil:about res:synthetic-system ;
                    aimil:performanceLevel res:synthetic-level ;
                    aimil:isFirst true ;
                    aimil:quote "合成事件又被提到"@zh ;
                    aimil:statedIn %s12> .
                """.formatted(first, first, second, first, first, first));
        return ttl.toString();
    }
}
