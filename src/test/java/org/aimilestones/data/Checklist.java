package org.aimilestones.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * One coverage checklist, {@code data/coverage/NAME.tsv}: rows "source, part, start, text, ask" accounting for what
 * one source states. For a transcript every cue has a row (start and text as the graph has them), each row's ask
 * is an ASK that must answer true, "see N" (the statement begun at cue N's row) or "no fact: REASON — why"; for a
 * deck every slide has a row with an ASK. {@link #problems} lists every way the checklist fails.
 */
record Checklist(Path file, List<Row> rows) {

    /** The reasons a cue may state no fact. */
    static final Set<String> NO_FACT = Set.of("greeting", "sign-off", "credits", "transition", "filler", "opinion",
            "framing", "summary");

    static final String PREFIXES = """
            PREFIX aimil: <https://w3id.org/ai-milestones/ontology#>
            PREFIX res: <https://w3id.org/ai-milestones/resource/>
            PREFIX yt: <https://w3id.org/ai-milestones/resource/youtube/>
            PREFIX bili: <https://w3id.org/ai-milestones/resource/bilibili/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX schema: <http://schema.org/>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    private static final String RES = "https://w3id.org/ai-milestones/resource/";
    private static final Pattern SEE = Pattern.compile("see ([0-9]+)");
    private static final Pattern NO = Pattern.compile("no fact: ([a-z-]+) — \\S.*");

    /** One row: line in the file, source IRI, part (cue or slide number), start (HH:MM:SS, empty for slides). */
    record Row(int line, String source, int part, String start, String text, String ask) {

        boolean isAsk() {
            return ask.startsWith("ASK");
        }

        String where(Path file) {
            return file + ":" + line + " (" + source.substring(RES.length()) + " " + part + ")";
        }

        /** @return the ASK with the prefixes, this: bound to the source's parts */
        String query() {
            return PREFIXES + "PREFIX this: <" + source + "/>\n" + ask;
        }
    }

    static List<Checklist> all(Path folder) throws IOException {
        List<Checklist> all = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                all.add(read(file));
            }
        }
        return all;
    }

    static Checklist read(Path file) throws IOException {
        return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Checklist parse(Path file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 5);
            if (cols.length != 5 || !cols[0].startsWith("res:") || !cols[1].matches("[0-9]+")) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": a row is source<TAB>part<TAB>start<TAB>text<TAB>ask, source res:…, part a number");
            }
            rows.add(new Row(i + 1, RES + cols[0].substring(4), Integer.parseInt(cols[1]), cols[2], cols[3],
                    cols[4].strip()));
        }
        return new Checklist(file, List.copyOf(rows));
    }

    /** @return every problem of this checklist against the inferred graph: none when it accounts for its source */
    List<String> problems(Graph inferred) {
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return List.of(file + ": no rows");
        }
        String source = rows.get(0).source();
        Model model = ModelFactory.createModelForGraph(inferred);
        boolean transcript = ask(model, "ASK { <" + source + "> a aimil:Transcript }");
        if (!transcript && !ask(model, "ASK { <" + source + "> a aimil:Source }")) {
            return List.of(file + ": " + source + " is not an aimil:Source of the graph");
        }
        Map<Integer, String[]> parts = parts(model, source, transcript);
        Map<Integer, Row> firstRow = new HashMap<>();
        int previous = 0;
        for (Row row : rows) {
            String where = row.where(file);
            if (!row.source().equals(source)) {
                problems.add(where + ": another source than the checklist's " + source);
                continue;
            }
            if (!parts.containsKey(row.part())) {
                problems.add(where + ": the source has no " + (transcript ? "cue " : "slide ") + row.part());
                continue;
            }
            if (row.part() < previous) {
                problems.add(where + ": out of order (after " + previous + ")");
            }
            previous = row.part();
            firstRow.putIfAbsent(row.part(), row);
            String[] part = parts.get(row.part());
            if (transcript && !(row.start().equals(part[0]) && row.text().equals(part[1].replace('\t', ' ')))) {
                problems.add(where + ": start and text differ from the cue's (" + part[0] + " " + part[1] + ")");
            }
            if (row.isAsk()) {
                try {
                    if (!ask(model, row.query())) {
                        problems.add(where + ": \"" + row.text() + "\" — the graph does not answer true to " + row.ask());
                    }
                } catch (RuntimeException e) {
                    problems.add(where + ": the ASK does not run: " + e.getMessage());
                }
            } else if (!transcript) {
                problems.add(where + ": a slide's row needs an ASK");
            } else if (SEE.matcher(row.ask()).matches()) {
                int of = Integer.parseInt(row.ask().substring(4));
                Row start = firstRow.get(of);
                if (of >= row.part() || start == null || !(start.isAsk() || SEE.matcher(start.ask()).matches())) {
                    problems.add(where + ": \"" + row.ask() + "\" names no earlier cue with an ASK or a see");
                }
            } else {
                Matcher no = NO.matcher(row.ask());
                if (!no.matches()) {
                    problems.add(where + ": the ask is \"" + row.ask() + "\": give an ASK, \"see N\" or \"no fact:"
                            + " REASON — why\"");
                } else if (!NO_FACT.contains(no.group(1))) {
                    problems.add(where + ": \"" + no.group(1) + "\" is not a reason for no fact " + NO_FACT);
                }
            }
        }
        for (int part : parts.keySet()) {
            if (!firstRow.containsKey(part)) {
                problems.add(file + ": no row for " + (transcript ? "cue " : "slide ") + part + " of " + source);
            }
        }
        return problems;
    }

    /** @return the source's cues (start HH:MM:SS, text) or slides (no start or text to compare), by number */
    private static Map<Integer, String[]> parts(Model model, String source, boolean transcript) {
        Map<Integer, String[]> parts = new TreeMap<>();
        String query = PREFIXES + "SELECT ?n ?start ?text { ?part aimil:inSource <" + source + "> ; aimil:number ?n ."
                + (transcript ? " ?part a aimil:Cue ; aimil:startOffset ?start ; aimil:cueText ?text }"
                        : " ?part a aimil:Slide }");
        try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution s = results.next();
                parts.put(s.getLiteral("n").getInt(), transcript
                        ? new String[] {clock(s.getLiteral("start").getLexicalForm()), s.getLiteral("text").getString()}
                        : new String[] {"", ""});
            }
        }
        return parts;
    }

    /** @return an xsd:duration such as PT1M51S as HH:MM:SS */
    static String clock(String duration) {
        Matcher m = Pattern.compile("PT(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?").matcher(duration);
        if (!m.matches()) {
            return duration;
        }
        int seconds = 0;
        for (int g = 1; g <= 3; g++) {
            seconds = seconds * 60 + (m.group(g) == null ? 0 : Integer.parseInt(m.group(g)));
        }
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static boolean ask(Model model, String query) {
        try (QueryExecution exec = QueryExecution.model(model).query(query.startsWith("PREFIX") ? query
                : PREFIXES + query).build()) {
            return exec.execAsk();
        }
    }
}
