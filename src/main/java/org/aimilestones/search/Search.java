package org.aimilestones.search;

import java.util.ArrayList;
import java.util.List;
import org.aimilestones.sources.Sources;
import org.apache.jena.atlas.lib.StrUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/** Runs a {@link SearchQuery} with SPARQL {@code text:query} over a dataset wrapped by {@link TextIndex#wrap}. */
public final class Search {

    private static final int MAX_TEXT_HITS = 1000;

    private static final String PREFIXES = StrUtils.strjoinNL(
            "PREFIX text: <http://jena.apache.org/text#>",
            "PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>");

    private static final String DETAILS = PREFIXES + """
            SELECT ?p ?o WHERE {
              { ?s ?p ?o FILTER(?p IN (rdfs:label, skos:altLabel, rdfs:comment)) }
              UNION
              { ?s a ?o . BIND(rdf:type AS ?p)
                FILTER NOT EXISTS { ?s a ?sub . ?sub rdfs:subClassOf+ ?o FILTER(?sub != ?o) } }
            }""";

    private static final String TYPE_LABELS = PREFIXES + "SELECT ?o WHERE { ?s rdfs:label ?o }";

    private final DatasetGraph dataset;

    /**
     * @param dataset a dataset wrapped by {@link TextIndex#wrap}
     * @throws IllegalArgumentException if it has no text index
     */
    public Search(DatasetGraph dataset) {
        if (!TextIndex.isIndexed(dataset)) {
            throw new IllegalArgumentException("the dataset has no text index: wrap it with TextIndex.wrap");
        }
        this.dataset = dataset;
    }

    /** @return at most limit hits, best first, one per resource */
    public List<SearchHit> search(SearchQuery query, int limit) {
        return Txn.calculateRead(dataset, () -> {
            List<SearchHit> hits = new ArrayList<>();
            RowSet rows = select(PREFIXES + "SELECT ?s (MAX(?sc) AS ?score) WHERE { (?s ?sc) text:query ("
                    + FmtUtils.stringForNode(NodeFactory.createLiteralString(query.luceneQuery())) + " "
                    + MAX_TEXT_HITS + ") } GROUP BY ?s ORDER BY DESC(?score) ?s LIMIT " + limit, null);
            rows.forEachRemaining(row -> hits.add(hit(query, row.get("s"), row.get("score"))));
            return hits;
        });
    }

    private SearchHit hit(SearchQuery query, Node subject, Node score) {
        Literals texts = new Literals();
        Node type = null;
        for (RowSet rows = select(DETAILS, subject); rows.hasNext(); ) {
            Binding row = rows.next();
            if (row.get("p").getURI().endsWith("#type")) {
                type = type == null && row.get("o").isURI() ? row.get("o") : type;
            } else {
                texts.add(row.get("p").getLocalName(), row.get("o"));
            }
        }
        Literals typeTexts = new Literals();
        if (type != null) {
            select(TYPE_LABELS, type).forEachRemaining(row -> typeTexts.add("label", row.get("o")));
        }
        String lang = query.lang() != null ? query.lang() : guessLang(query.text());
        List<HitSource> sources = HitSource.of(new Sources(dataset.getDefaultGraph()).citing(subject));
        return new SearchHit(subject.getURI(), texts.label("en"), texts.label("zh"), type == null ? null : type.getURI(),
                typeTexts.label("en"), typeTexts.label("zh"), ((Number) score.getLiteralValue()).floatValue(),
                texts.snippet(query.words(), lang), sources);
    }

    private RowSet select(String sparql, Node subject) {
        QueryExecBuilder qe = QueryExec.dataset(dataset).query(sparql);
        if (subject != null) {
            qe.substitution("s", subject);
        }
        return qe.select().materialize();
    }

    /** @return "zh" if the text has Han characters, otherwise "en" */
    static String guessLang(String text) {
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? "zh" : "en";
    }
}
