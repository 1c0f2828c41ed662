package org.aimilestones.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.search.TextIndex;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Resources (named "res:local", or "&lt;IRI&gt;" where the local part is no SPARQL local name) whose label (or alternative label) begins with what is being typed, in English or Chinese, for the SPARQL
 * editor's completion: "ale" or "res:ale" finds res:alexnet (AlexNet), "深度" res:deep-learning (深度学习). Each word
 * of the fragment (split at blanks, '-' and '_', other characters dropped) must begin a word of the label: a prefix
 * query over the search index's plain label fields ({@link TextIndex}), whose CJK bigrams make a Chinese fragment of two
 * or more characters a phrase and one character a prefix. Only resources of the ai-milestones namespace; ranked by an
 * exact label first, then a label or name beginning with the fragment, then the shorter label.
 */
final class ResourceCompletions {

    /** At most this many characters of fragment. */
    static final int MAX_LENGTH = 100;
    /** At most this many completions. */
    static final int MAX_LIMIT = 50;
    /** The text hits ranked to choose the completions from. */
    private static final int TEXT_HITS = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String RES = "res:";
    /** A local part that can follow "res:" in SPARQL as it is (no '/', no final '.'). */
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

    /** A completion: the resource, its labels, its most specific ai-milestones type (or null). */
    record Completion(String iri, String labelEn, String labelZh, String type, String typeEn, String typeZh) {

        JsonObject toJson() {
            JsonObject o = new JsonObject();
            o.put("iri", iri);
            String local = iri.substring(AIMIL.RESOURCE_NS.length());
            o.put("name", LOCAL_NAME.matcher(local).matches() ? RES + local : "<" + iri + ">");
            o.put("label", texts(labelEn, labelZh));
            if (type != null) {
                JsonObject t = new JsonObject();
                t.put("iri", type);
                t.put("label", texts(typeEn, typeZh));
                o.put("type", t);
            }
            return o;
        }

        private static JsonObject texts(String en, String zh) {
            JsonObject o = new JsonObject();
            if (en != null) {
                o.put("en", en);
            }
            if (zh != null) {
                o.put("zh", zh);
            }
            return o;
        }
    }

    private final DatasetGraph dataset;

    /** @param dataset a dataset wrapped by {@link TextIndex#wrap} */
    ResourceCompletions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * @param fragment what is typed: a label's beginning, or a prefixed name "res:local" (its local part is taken)
     * @return the Lucene query for the fragment's words, or null if it has no word (letters or digits)
     */
    static String luceneQuery(String fragment) {
        List<String> words = words(fragment);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            boolean han = w.codePoints().anyMatch(ResourceCompletions::isHan);
            String term = han && w.codePointCount(0, w.length()) > 1 ? "\"" + w + "\"" : w + "*";
            q.append(q.isEmpty() ? "" : " ").append("+(").append(TextIndex.LABEL).append(':').append(term)
                    .append(' ').append(TextIndex.ALT_LABEL).append(':').append(term).append(')');
        }
        return q.toString();
    }

    /** @return the words of fragment, lower case, without a leading "res:" */
    static List<String> words(String fragment) {
        String text = fragment.strip();
        if (text.regionMatches(true, 0, RES, 0, RES.length())) {
            text = text.substring(RES.length());
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * @return at most limit completions for fragment, best first
     * @throws org.aimilestones.search.TextQueryException if the index refuses the query
     */
    List<Completion> complete(String fragment, int limit) {
        String lucene = luceneQuery(fragment);
        if (lucene == null) {
            return List.of();
        }
        String key = String.join(" ", words(fragment));
        return Txn.calculateRead(dataset, () -> {
            Set<Node> found = new LinkedHashSet<>();
            QueryExec.dataset(dataset).query("SELECT DISTINCT ?s WHERE { ?s <" + TextIndex.QUERY + "> ("
                    + FmtUtils.stringForNode(NodeFactory.createLiteralString(lucene)) + " " + TEXT_HITS + ") }")
                    .select().forEachRemaining(row -> {
                        Node s = row.get("s");
                        if (s.isURI() && s.getURI().startsWith(AIMIL.RESOURCE_NS)
                                && s.getURI().length() > AIMIL.RESOURCE_NS.length()) {
                            found.add(s);
                        }
                    });
            Graph g = dataset.getDefaultGraph();
            return found.stream().map(s -> completion(g, s))
                    .sorted(Comparator.comparingInt((Completion c) -> rank(c, key))
                            .thenComparingInt(c -> shortest(c).length()).thenComparing(Completion::iri))
                    .limit(limit).toList();
        });
    }

    /** 0 for a label equal to the fragment, 1 for a label or local name beginning with it, 2 otherwise. */
    private static int rank(Completion c, String key) {
        String local = c.iri().substring(AIMIL.RESOURCE_NS.length()).replace('-', ' ').replace('_', ' ');
        int best = 2;
        for (String label : new String[] {c.labelEn(), c.labelZh()}) {
            if (label != null) {
                String l = label.toLowerCase(Locale.ROOT);
                best = Math.min(best, l.equals(key) ? 0 : l.startsWith(key) ? 1 : 2);
            }
        }
        return Math.min(best, local.startsWith(key) ? 1 : 2);
    }

    private static String shortest(Completion c) {
        String en = c.labelEn() == null ? c.iri() : c.labelEn();
        return c.labelZh() != null && c.labelZh().length() < en.length() ? c.labelZh() : en;
    }

    private static Completion completion(Graph g, Node s) {
        String[] labels = new String[2];
        g.find(s, RDFS.label.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                String lang = t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT);
                int i = lang.startsWith("zh") ? 1 : 0;
                if (labels[i] == null || lang.equals("en") || lang.equals("zh")) {
                    labels[i] = t.getObject().getLiteralLexicalForm();
                }
            }
        });
        Node type = mostSpecificType(g, s);
        String[] typeLabels = new String[2];
        if (type != null) {
            g.find(type, RDFS.label.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) {
                    typeLabels[t.getObject().getLiteralLanguage().startsWith("zh") ? 1 : 0] =
                            t.getObject().getLiteralLexicalForm();
                }
            });
        }
        return new Completion(s.getURI(), labels[0], labels[1], type == null ? null : type.getURI(), typeLabels[0],
                typeLabels[1]);
    }

    /** @return the ai-milestones type of s that no other of its ai-milestones types is a subclass of, or null */
    private static Node mostSpecificType(Graph g, Node s) {
        List<Node> types = g.find(s, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(t -> t.isURI() && t.getURI().startsWith(AIMIL.NS)).toList();
        return types.stream().filter(t -> types.stream().noneMatch(o -> !o.equals(t)
                        && g.contains(o, RDFS.subClassOf.asNode(), t)))
                .min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
