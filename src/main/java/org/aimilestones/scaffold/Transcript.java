package org.aimilestones.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video transcript of the series as the transcripts folder gives it: line 1 "Source: REPO … path PATH, commit C",
 * line 2 "# Deck: \"NN.YYYY …\"; … video: URL|none given …", line 3 the format, line 4 blank, then one cue a line,
 * "HH:MM:SS&lt;TAB&gt;text" (a few cues have no text, and stay cues). Cue N is on line N + 4. A line that breaks the format is a {@link ScaffoldException}
 * naming its line and column.
 */
public record Transcript(String repository, String repositoryNote, String path, String commit, String deckTitle, int seriesNumber,
        int year, String videoId, List<Cue> cues) {

    /** One cue: its number (from 1), its start time in seconds and its text. */
    public record Cue(int number, int startSeconds, String text) {

        /** @return the start time as the transcript writes it, HH:MM:SS */
        public String clock() {
            return String.format("%02d:%02d:%02d", startSeconds / 3600, startSeconds / 60 % 60, startSeconds % 60);
        }

        /** @return the start time as an xsd:duration, e.g. PT1M51S, PT0S */
        public String duration() {
            StringBuilder d = new StringBuilder("PT");
            int h = startSeconds / 3600;
            int m = startSeconds / 60 % 60;
            int s = startSeconds % 60;
            if (h > 0) {
                d.append(h).append('H');
            }
            if (m > 0) {
                d.append(m).append('M');
            }
            if (s > 0 || h == 0 && m == 0) {
                d.append(s).append('S');
            }
            return d.toString();
        }
    }

    /** Lines before the first cue: source, deck, format, blank. */
    public static final int HEADER_LINES = 4;

    private static final Pattern SOURCE = Pattern.compile(
            "^Source: (\\S+/\\S+)(?: \\(([^)]*)\\))? path (\\S+), commit ([0-9a-f]{40})$");
    private static final Pattern DECK = Pattern.compile("^# Deck: \"(([0-9]{2})\\.([0-9]{4}) [^\"]+)\";.*");
    private static final Pattern VIDEO = Pattern.compile("video: https://www\\.bilibili\\.com/video/(BV[0-9A-Za-z]+)");
    private static final Pattern CUE = Pattern.compile("^([0-9]{2}):([0-5][0-9]):([0-5][0-9])\t(.*)$");

    /** @throws ScaffoldException naming file, line and column of the first line that breaks the format */
    public static Transcript parse(String file, List<String> lines) {
        if (lines.size() <= HEADER_LINES) {
            throw new ScaffoldException(file, Math.max(1, lines.size()), 1,
                    "not a transcript: it needs the three header lines, a blank line and at least one cue");
        }
        Matcher source = SOURCE.matcher(lines.get(0));
        if (!source.matches()) {
            throw new ScaffoldException(file, 1, 1,
                    "line 1 must be \"Source: OWNER/REPO (…) path PATH, commit <40 hex digits>\"");
        }
        Matcher deck = DECK.matcher(lines.get(1));
        if (!deck.matches()) {
            throw new ScaffoldException(file, 2, 1, "line 2 must be \"# Deck: \\\"NN.YYYY title\\\"; …\"");
        }
        if (!lines.get(2).startsWith("# ")) {
            throw new ScaffoldException(file, 3, 1, "line 3 must be the format comment, starting \"# \"");
        }
        if (!lines.get(3).isBlank()) {
            throw new ScaffoldException(file, 4, 1, "line 4 must be blank");
        }
        Matcher video = VIDEO.matcher(lines.get(1));
        List<Cue> cues = new ArrayList<>();
        for (int i = HEADER_LINES; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() && i == lines.size() - 1) {
                break;
            }
            Matcher cue = CUE.matcher(line);
            if (!cue.matches()) {
                throw new ScaffoldException(file, i + 1, 1, "a cue line is \"HH:MM:SS<TAB>text\" (the text may be empty)");
            }
            int seconds = Integer.parseInt(cue.group(1)) * 3600 + Integer.parseInt(cue.group(2)) * 60
                    + Integer.parseInt(cue.group(3));
            if (!cues.isEmpty() && seconds < cues.get(cues.size() - 1).startSeconds()) {
                throw new ScaffoldException(file, i + 1, 1, "cue starts at " + cue.group(1) + ":" + cue.group(2)
                        + ":" + cue.group(3) + ", before the cue above it");
            }
            cues.add(new Cue(cues.size() + 1, seconds, cue.group(4).strip()));
        }
        return new Transcript(source.group(1), source.group(2), source.group(3), source.group(4), deck.group(1),
                Integer.parseInt(deck.group(2)), Integer.parseInt(deck.group(3)),
                video.find() ? video.group(1) : null, List.copyOf(cues));
    }
}
