package org.aimilestones.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/** Counts over one graph: instances per asserted rdf:type, triples per property, literals per language tag. */
public final class GraphStats {

    /** The key under which literals without a language tag are counted. */
    public static final String NO_LANGUAGE = "(none)";

    private final Map<String, Long> byClass = new TreeMap<>();
    private final Map<String, Long> byProperty = new TreeMap<>();
    private final Map<String, Long> byLanguage = new TreeMap<>();
    private final long triples;

    /** Counts graph, naming classes and properties by their prefixed names under prefixes. */
    public GraphStats(Graph graph, PrefixMapping prefixes) {
        Node type = RDF.type.asNode();
        graph.find().forEachRemaining(t -> {
            byProperty.merge(prefixes.shortForm(t.getPredicate().getURI()), 1L, Long::sum);
            Node o = t.getObject();
            if (t.getPredicate().equals(type) && o.isURI()) {
                byClass.merge(prefixes.shortForm(o.getURI()), 1L, Long::sum);
            }
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                byLanguage.merge(lang.isEmpty() ? NO_LANGUAGE : lang, 1L, Long::sum);
            }
        });
        this.triples = graph.size();
    }

    /** @return number of subjects per asserted class, most frequent first, then by name */
    public Map<String, Long> byClass() {
        return mostFrequentFirst(byClass);
    }

    /** @return number of triples per property, most frequent first, then by name */
    public Map<String, Long> byProperty() {
        return mostFrequentFirst(byProperty);
    }

    /** @return number of literal objects per language tag ({@link #NO_LANGUAGE} for none), most frequent first */
    public Map<String, Long> byLanguage() {
        return mostFrequentFirst(byLanguage);
    }

    /** @return number of triples */
    public long triples() {
        return triples;
    }

    private static Map<String, Long> mostFrequentFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
