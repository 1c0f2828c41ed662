package org.aimilestones.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The files a new transcript source starts from, with the naming rule applied (docs/model.md#naming-resources):
 * {@code data/YYYY-transcript.ttl} (the source, its video, one aimil:Cue per cue), {@code
 * data/source-text/YYYY-transcript-text.ttl} (the cues' words and the deck's title: the author's, kept apart) and
 * {@code data/coverage/YYYY.tsv} (the checklist, one row per cue, each ask TODO for the curator) and the per-source
 * competency queries {@code queries/by-source/SOURCE/events.rq} and {@code claims.rq}.
 */
public final class TranscriptScaffold {

    /** The series every transcript of the folder belongs to. */
    public static final String SERIES = "the-past-decade-of-ai";

    /** The per-source competency queries every source starts with (their answers: `expected --update-source`). */
    static final List<String> PER_SOURCE_QUERIES = List.of("events.rq", "claims.rq");

    /** The dataset whose subset the transcript's words are. */
    static final String DATASET = "https://w3id.org/ai-milestones/dataset";

    private final Transcript t;

    public TranscriptScaffold(Transcript transcript) {
        this.t = transcript;
    }

    /** @return the source's local name under res:, ai-milestones-YYYY-video-transcript for the transcript of year YYYY */
    public String sourceName() {
        return "ai-milestones-" + t.year() + "-video-transcript";
    }

    /** @return the files to write, by their path relative to the project folder, in writing order */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("data/" + t.year() + "-transcript.ttl", sourceFile());
        files.put("data/source-text/" + t.year() + "-transcript-text.ttl", textFile());
        files.put("data/coverage/" + t.year() + ".tsv", checklist());
        for (String query : PER_SOURCE_QUERIES) {
            files.put("queries/by-source/" + sourceName() + "/" + query, perSourceQuery(query));
        }
        return files;
    }

    private String origin() {
        return "GitHub " + t.repository() + (t.repositoryNote() == null ? "" : " (" + t.repositoryNote() + ")")
                + ", " + t.path() + ", commit " + t.commit();
    }

    private String prefixes() {
        return "@prefix aimil:  <" + AIMIL.NS + "> .\n"
                + "@prefix res:    <" + AIMIL.RESOURCE_NS + "> .\n"
                + "@prefix this:   <" + AIMIL.RESOURCE_NS + sourceName() + "/> .\n"
                + "@prefix bili:   <" + AIMIL.RESOURCE_NS + "bilibili/> .\n"
                + "@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .\n"
                + "@prefix dct:    <http://purl.org/dc/terms/> .\n\n";
    }

    private String sourceFile() {
        StringBuilder ttl = new StringBuilder();
        ttl.append("# The source: the subtitle transcript of ZOMI's video for the deck \"").append(t.deckTitle())
                .append("\", its cues and video.\n# Source: © ZOMI, ").append(origin()).append(".\n")
                .append("# The author asks that reuse name the source; no licence is granted for the transcript.\n")
                .append("# Written by `ai-milestones scaffold`: cue N is line N + ").append(Transcript.HEADER_LINES)
                .append(" of the transcript file; the cues' words are in data/source-text/").append(t.year())
                .append("-transcript-text.ttl.\n")
                .append("# Terms: this file is the AI Milestones project's own work (the structure, the IRIs, and the"
                        + " English and Chinese\n# labels and descriptions the project wrote), under CC BY 4.0"
                        + " (https://creativecommons.org/licenses/by/4.0/).\n\n")
                .append(prefixes());
        int year = t.year();
        ttl.append("res:").append(sourceName()).append(" a aimil:Transcript ;\n")
                .append("    rdfs:label ").append(en("AI milestones " + year + ", video transcript")).append(" , ")
                .append(zh(year + " 年 AI 大事件视频文字稿")).append(" ;\n")
                .append("    rdfs:comment ").append(en("The subtitle transcript of ZOMI's video on the major AI events"
                        + " of " + year + ", the deck numbered " + t.seriesNumber() + " in the series \"The past"
                        + " decade of AI\": " + t.cues().size() + " cues, each with its start time in the video,"
                        + " speech-recognition output kept as it is. Facts stated in it point to its cues."))
                .append(" ,\n        ").append(zh("ZOMI 讲述 " + year + " 年 AI 重大事件的视频的字幕文字稿，是“AI 过去十年”系列中编号为 "
                        + t.seriesNumber() + " 的一期：共 " + t.cues().size() + " 条字幕，每条带有其在视频中的开始时间，"
                        + "语音识别结果原样保留。其中陈述的事实都指向相应的字幕条目。")).append(" ;\n")
                .append("    aimil:inSeries res:").append(SERIES).append(" ;\n")
                .append("    aimil:number ").append(t.seriesNumber()).append(" ;\n")
                .append("    aimil:coversYear \"").append(year).append("\"^^xsd:gYear ;\n")
                .append("    aimil:creator res:zomi ;\n")
                .append("    aimil:sourceLocation ").append(plain(origin())).append(" ;\n")
                .append("    rdfs:seeAlso <https://github.com/").append(t.repository()).append("/blob/")
                .append(t.commit()).append('/').append(t.path()).append("> ;\n");
        if (t.videoId() != null) {
            ttl.append("    aimil:video bili:").append(t.videoId()).append(" ;\n");
        }
        ttl.append("    dct:rights ").append(en("© ZOMI. The subtitle transcript of the author's video for the deck \""
                        + t.deckTitle() + "\" (" + origin() + "). The author asks that reuse name the source (ZOMI,"
                        + " GitHub chenzomi12/AIInfra). No licence is granted for the transcript, and ai-milestones"
                        + " claims none for the facts taken from it."))
                .append(" ,\n        ").append(zh("© ZOMI。作者为幻灯片《" + t.deckTitle() + "》所录视频的字幕文字稿（"
                        + origin() + "）。作者要求转载或使用时注明出处（ZOMI，GitHub chenzomi12/AIInfra）。作者未授予该文字稿任何许可，"
                        + "ai-milestones 也不对取自其中的事实声明任何许可。")).append(" .\n\n");
        if (t.videoId() != null) {
            String id = t.videoId();
            ttl.append("bili:").append(id).append(" a aimil:Video ;\n")
                    .append("    rdfs:label ").append(en("Bilibili video " + id)).append(" , ")
                    .append(zh("哔哩哔哩视频 " + id)).append(" ;\n")
                    .append("    rdfs:comment ").append(en("ZOMI's video on the major AI events of " + year
                            + ", as the series' README links it; its subtitles are the transcript of this graph's"
                            + " source."))
                    .append(" ,\n        ").append(zh("ZOMI 讲述 " + year + " 年 AI 重大事件的视频，系列 README 中给出的链接；"
                            + "其字幕即本图谱所用来源的文字稿。")).append(" ;\n")
                    .append("    aimil:watchUrl <https://www.bilibili.com/video/").append(id).append("> .\n\n");
        }
        ttl.append("# Cues ------------------------------------------------------------------\n\n");
        for (Transcript.Cue cue : t.cues()) {
            ttl.append("this:cue-").append(cue.number()).append(" a aimil:Cue ;\n")
                    .append("    rdfs:label ").append(en("Cue " + cue.number() + " (" + cue.clock() + ")"))
                    .append(" , ").append(zh("字幕 " + cue.number() + "（" + cue.clock() + "）")).append(" ;\n")
                    .append("    rdfs:comment ").append(en("Cue " + cue.number() + " of the transcript of the video on"
                            + " the major AI events of " + year + ", spoken from " + cue.clock() + "."))
                    .append(" ,\n        ").append(zh(year + " 年 AI 大事件视频文字稿的第 " + cue.number() + " 条字幕，从 "
                            + cue.clock() + " 开始。")).append(" ;\n")
                    .append("    aimil:number ").append(cue.number()).append(" ;\n")
                    .append("    aimil:startOffset \"").append(cue.duration()).append("\"^^xsd:duration ;\n")
                    .append("    aimil:inSource res:").append(sourceName()).append(" .\n\n");
        }
        return ttl.toString();
    }

    private String textFile() {
        StringBuilder ttl = new StringBuilder();
        ttl.append("# The author's own words from the transcript of the video for the deck \"").append(t.deckTitle())
                .append("\": the deck's title and the text of every cue, verbatim (speech-recognition errors"
                        + " included).\n# © ZOMI, ").append(origin()).append(". No licence is granted for this"
                        + " text; the author asks that reuse name the source.\n")
                .append("# The @en title is the project's rendering of the deck's title.\n")
                .append("# Written by `ai-milestones scaffold`.\n\n").append(prefixes())
                .append("@prefix void:   <http://rdfs.org/ns/void#> .\n\n")
                .append("<").append(subset()).append("> a void:Dataset ;\n")
                .append("    rdfs:label ").append(en("AI Milestones: the words of the " + t.year() + " transcript"))
                .append(" , ").append(zh("AI Milestones：" + t.year() + " 年视频文字稿原文")).append(" ;\n")
                .append("    dct:title ").append(en("AI Milestones: the words of the " + t.year() + " transcript"))
                .append(" , ").append(zh("AI Milestones：" + t.year() + " 年视频文字稿原文")).append(" ;\n")
                .append("    rdfs:comment ").append(en("The part of the AI Milestones dataset that is the author's own"
                        + " text from the transcript of the video for the deck \"" + t.deckTitle() + "\" by ZOMI: the"
                        + " deck's title and the words of every cue, verbatim. It stays © ZOMI: no licence is granted"
                        + " for it, and the CC BY 4.0 licence of the rest of the dataset does not cover it."))
                .append(" ,\n        ").append(zh("AI Milestones 数据集中作者本人文字的部分，取自 ZOMI 为幻灯片《" + t.deckTitle()
                        + "》所录视频的文字稿：幻灯片标题和每条字幕的原文。其版权归 ZOMI 所有：不授予任何许可，数据集其余部分的 CC BY 4.0"
                        + " 许可也不涵盖这一部分。")).append(" ;\n")
                .append("    dct:description ").append(en("The author's own words from the " + t.year()
                        + " transcript (© ZOMI), kept apart from the project's own data; no licence is claimed for"
                        + " them.")).append(" ,\n        ").append(zh(t.year() + " 年视频文字稿中作者本人的文字（© ZOMI），"
                        + "与本项目自己的数据分开存放；不对其声明任何许可。")).append(" ;\n")
                .append("    dct:rights ").append(en("© ZOMI (" + origin() + "). The author asks that reuse name the"
                        + " source; no licence is granted for the source material.")).append(" ,\n        ")
                .append(zh("© ZOMI（" + origin() + "）。作者要求转载或使用时注明出处；源材料不授予任何许可。")).append(" ;\n")
                .append("    dct:source res:").append(sourceName()).append(" ;\n")
                .append("    dct:creator res:zomi ;\n    dct:rightsHolder res:zomi ;\n")
                .append("    dct:isPartOf <").append(DATASET).append("> .\n\n")
                .append("res:").append(sourceName()).append(" aimil:title ").append(zh(t.deckTitle())).append(" , ")
                .append(en("Major AI events of " + t.year())).append(" .\n\n");
        for (Transcript.Cue cue : t.cues()) {
            ttl.append("this:cue-").append(cue.number()).append(" aimil:cueText ").append(zh(cue.text()))
                    .append(" .\n");
        }
        return ttl.toString();
    }

    /** @return the subset of the dataset that holds the transcript's words (the author's, under no licence) */
    public String subset() {
        return DATASET + "#" + t.year() + "-transcript-text";
    }

    private String perSourceQuery(String name) {
        try (InputStream in = TranscriptScaffold.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<SOURCE>",
                    "<" + AIMIL.RESOURCE_NS + sourceName() + ">");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String checklist() {
        StringBuilder tsv = new StringBuilder();
        tsv.append("# Checklist of the transcript \"").append(t.deckTitle()).append("\" (").append(origin())
                .append("):\n# one row per cue (more rows for a cue that states several facts), each with the ASK that"
                        + " proves the graph\n# holds what it says, \"see N\" (continues the statement of cue N), or"
                        + " \"no fact: REASON — why\".\n# The test prepends the prefixes (aimil, res, this = the"
                        + " source's cues, rdfs, xsd, skos, owl, time, schema, dct)\n# and runs each ASK over the"
                        + " graph with its RDFS entailments (docs/model.md#coverage-checklists).\n")
                .append("# source\tcue\tstart\ttext\task\n");
        for (Transcript.Cue cue : t.cues()) {
            tsv.append("res:").append(sourceName()).append('\t').append(cue.number()).append('\t')
                    .append(cue.clock()).append('\t').append(cue.text().replace('\t', ' ')).append("\tTODO\n");
        }
        return tsv.toString();
    }

    private static String en(String text) {
        return NodeFmtLib.strTTL(NodeFactory.createLiteralLang(text, "en"));
    }

    private static String zh(String text) {
        return NodeFmtLib.strTTL(NodeFactory.createLiteralLang(text, "zh"));
    }

    private static String plain(String text) {
        return NodeFmtLib.strTTL(NodeFactory.createLiteralString(text));
    }
}
