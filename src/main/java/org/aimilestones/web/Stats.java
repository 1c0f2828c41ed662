package org.aimilestones.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/** The figures of the landing page, counted in the served data: events, people, organizations, artifacts, triples. */
final class Stats {

    private static final String COUNT = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ?c . ?c rdfs:subClassOf* ?class }""";

    private final Supplier<DatasetGraph> data;

    Stats(Supplier<DatasetGraph> data) {
        this.data = data;
    }

    /** @return counts by name: events, people, organizations, artifacts, triples (quads of every graph) */
    Map<String, String> asMap() {
        DatasetGraph dsg = data.get();
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("events", count(dsg, AIMIL.Event.asNode()));
            m.put("people", count(dsg, AIMIL.Person.asNode()));
            m.put("organizations", count(dsg, AIMIL.Organization.asNode()));
            m.put("artifacts", count(dsg, AIMIL.Artifact.asNode()));
            m.put("triples", Long.toString(Iter.count(dsg.find())));
            return m;
        });
    }

    private static String count(DatasetGraph dsg, Node cls) {
        return QueryExec.dataset(dsg).query(COUNT).substitution("class", cls).select()
                .next().get("n").getLiteralLexicalForm();
    }
}
