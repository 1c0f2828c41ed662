package org.aimilestones.data;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that tells the author's words (the text of the deck "2012-2014 年 AI 重大事件", © ZOMI) from the project's
 * own, and the fingerprints of the deck text it is checked against (see docs in data/source-text/ and
 * {@link SourceTextTest}).
 *
 * <p>Text is compared as <em>tokens</em>: after Unicode NFKC and lower-casing, a token is one run of Latin letters and
 * digits (a word or a number) or one other letter (a Chinese character); spaces and punctuation are dropped. A literal
 * holds the author's words when
 * <ul>
 * <li>it holds a run of {@link #RUN} or more consecutive tokens of the deck text (about a clause: ten Chinese
 * characters), proper names the deck uses ({@link #NAMES}) not counted; or</li>
 * <li>it holds a whole heading of the deck of five tokens or more: a slide or section title, a title without its
 * section number and year (as the deck's themes are named), or the heading of a bullet point; or</li>
 * <li>it is the deck's title as a whole (citing the title as the name of the work, as the author asks reuse to do,
 * is not copying it).</li>
 * </ul>
 *
 * <p>The deck text itself is not in the repository: {@code src/test/resources/source-text/deck-2012-2014.fingerprints}
 * holds a one-way hash (SHA-256, first 64 bits) of each run of {@link #RUN} tokens and of each heading, made by
 * {@link #main(String[])} from the extracted deck text (the seed file), so the check can run anywhere without
 * shipping the author's text a second time.
 */
final class DeckText {

    /** Tokens in a run of the deck's text that make a literal the author's words. */
    static final int RUN = 10;

    /** Tokens of a heading below which it is a name (商汤科技, Word2vec的引入 …) rather than a title. */
    static final int HEADING = 5;

    /**
     * Proper names the deck uses, not counted in runs: the competition's Chinese name and two teams as the deck names
     * them. Each is the name of a thing, not the author's expression, and the project's texts name these things so.
     */
    static final List<String> NAMES = List.of("ImageNet大规模视觉识别挑战赛", "多伦多大学的辛顿团队", "香港中文大学汤晓鸥教授团队");

    /**
     * Literals of the project's own files that hold a run of {@link #RUN} tokens of the deck and were reviewed by hand
     * and kept as the project's own: short restatements of a fact whose only run of the deck is names and technical
     * terms joined by one verb (引入了 + 变分自动编码器, 聘请 + 吴恩达 + 担任 + 首席科学家 …). Every other literal
     * that the rule finds is in data/source-text/.
     */
    static final Set<String> REVIEWED_AS_OWN = Set.of(
            "2014 年与 Max Welling 一起引入了变分自动编码器。",
            "2014 年与 Diederik Kingma 一起引入了变分自动编码器。",
            "2014 年与同事一起创造了生成对抗网络（GAN）。",
            "2014 年推出 TrueNorth 神经形态芯片。",
            "印奇、唐文斌和杨沐创立旷视科技",
            "百度聘请吴恩达担任首席科学家",
            "谷歌通过美国州自驾车测试",
            "Facebook 与 Google 推出深度学习图像识别系统");

    static final Path FINGERPRINTS = Path.of("src/test/resources/source-text/deck-2012-2014.fingerprints");

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+|[\\p{L}\\p{N}]");

    /** Lines of the extracted deck text that are the slide template's, not the author's text. */
    private static final Pattern NOISE = Pattern.compile(
            "\\s*(\\)?\\s*:?\\s*\\d+pt|:\\s*R\\d+ G\\d+ B\\d+|:|LT (Medium|Regular)|:\\s*Arial|黑体|黑色|细黑体 .*"
                    + "|https?://\\S*|[A-Za-z0-9]*%[A-Za-z0-9%]*)\\s*");

    private static final Pattern BULLET_HEADING = Pattern.compile("\\s*•\\s*(.+?)\\s*[：:]\\s*");

    private DeckText() {}

    /** @return the tokens of s */
    static List<String> tokens(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** @return the hash of a token sequence, as written in the fingerprints file */
    static String hash(List<String> tokens) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", tokens).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the token segments of a literal that are compared: its tokens, cut where a name of {@link #NAMES} is */
    static List<List<String>> segments(String literal) {
        List<String> toks = tokens(literal);
        List<List<String>> names = NAMES.stream().map(DeckText::tokens).toList();
        List<List<String>> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < toks.size()) {
            int skip = 0;
            for (List<String> name : names) {
                if (i + name.size() <= toks.size() && toks.subList(i, i + name.size()).equals(name)) {
                    skip = Math.max(skip, name.size());
                }
            }
            if (skip > 0) {
                out.add(toks.subList(start, i));
                i += skip;
                start = i;
            } else {
                i++;
            }
        }
        out.add(toks.subList(start, toks.size()));
        return out;
    }

    /** The fingerprints of the deck text: runs, headings (with their length in tokens), and the deck's title. */
    record Fingerprints(Set<String> runs, Set<String> headings, Set<Integer> headingLengths, String title) {

        static Fingerprints read(Path file) {
            Set<String> runs = new TreeSet<>();
            Set<String> headings = new TreeSet<>();
            Set<Integer> lengths = new TreeSet<>();
            String title = null;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.strip().split("\\s+");
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    switch (f[0]) {
                        case "run" -> runs.add(f[1]);
                        case "heading" -> {
                            lengths.add(Integer.parseInt(f[1]));
                            headings.add(f[2]);
                        }
                        case "title" -> title = f[2];
                        default -> throw new IllegalStateException("bad line in " + file + ": " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Fingerprints(runs, headings, lengths, title);
        }

        /** @return why the literal holds the author's words, or null if it does not */
        String authorsWords(String literal) {
            if (REVIEWED_AS_OWN.contains(literal)) {
                return null;
            }
            List<String> all = tokens(literal);
            if (title != null && hash(all).equals(title)) {
                return "is the deck's title";
            }
            for (List<String> seg : segments(literal)) {
                for (int i = 0; i + RUN <= seg.size(); i++) {
                    if (runs.contains(hash(seg.subList(i, i + RUN)))) {
                        return "holds a run of " + RUN + " tokens of the deck: " + String.join("", seg.subList(i, i + RUN));
                    }
                }
            }
            for (int len : headingLengths) {
                for (int i = 0; i + len <= all.size(); i++) {
                    if (headings.contains(hash(all.subList(i, i + len)))) {
                        return "holds a heading of the deck: " + String.join("", all.subList(i, i + len));
                    }
                }
            }
            return null;
        }
    }

    /** @return the deck text without the template's lines (font names, sizes, colours) and the video links */
    static List<String> textLines(Path deck) throws IOException {
        return Files.readAllLines(deck, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !NOISE.matcher(line).matches()).toList();
    }

    /**
     * Writes the fingerprints of a deck text to standard output.
     *
     * @param args the extracted deck text (the seed file), then the deck's title and each slide and section title as
     *             the graph has them (aimil:title @zh)
     */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), List.of(args).subList(1, args.length), System.out);
    }

    static void write(Path deck, List<String> titles, PrintStream out) throws IOException {
        List<String> lines = textLines(deck);
        List<String> all = tokens(String.join("\n", lines));
        Set<String> runs = new TreeSet<>();
        for (int i = 0; i + RUN <= all.size(); i++) {
            runs.add("run " + hash(all.subList(i, i + RUN)));
        }
        Set<List<String>> heads = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = BULLET_HEADING.matcher(line);
            if (m.matches()) {
                heads.add(tokens(m.group(1)));
            }
        }
        List<String> deckTitle = tokens(titles.get(0));
        for (String title : titles.subList(1, titles.size())) {
            List<String> t = tokens(title);
            if (t.equals(deckTitle)) {
                continue;
            }
            heads.add(t);
            int from = 0;
            while (from < t.size() && (t.get(from).matches("\\d+") || t.get(from).equals("年"))) {
                from++;
            }
            heads.add(t.subList(from, t.size()));
        }
        Set<String> headings = new TreeSet<>();
        for (List<String> h : heads) {
            if (h.size() >= HEADING) {
                headings.add("heading " + h.size() + " " + hash(h));
            }
        }
        out.println("# Fingerprints of the text of the deck \"2012-2014 年 AI 重大事件\" (© ZOMI; GitHub chenzomi12/AIFoundation),");
        out.println("# not the text itself: the first 64 bits of the SHA-256 of each run of " + RUN
                + " tokens (\"run\"), of each heading of");
        out.println("# " + HEADING + " tokens or more with its length (\"heading\"), and of the deck's title (\"title\").");
        out.println("# Made by org.aimilestones.data.DeckText from the extracted deck text; see SourceTextTest.");
        out.println("title " + deckTitle.size() + " " + hash(deckTitle));
        headings.forEach(out::println);
        runs.forEach(out::println);
    }
}
