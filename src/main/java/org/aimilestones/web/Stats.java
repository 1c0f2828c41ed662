package org.aimilestones.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.aimilestones.server.DatasetJsonLd;
import org.aimilestones.server.PerVersion;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The figures of the landing page, counted in the served data: events, people, organizations, artifacts, triples. They
 * need a scan of the whole graph, so they are counted once per data version ({@link PerVersion}) and kept.
 */
final class Stats {

    /**
     * The served data holds the RDFS entailments, so a member of a subclass is typed with the class too: the class is
     * asked for directly. (Through a subclass path from every type, {@code ?x a ?c . ?c rdfs:subClassOf* ?class},
     * an RDFS view over a store — TDB2 — had to infer every type of every resource: over 3 minutes of a core for
     * each count on a 10M-triple store, beside the search index being made.)
     */
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ?class }";

    private final Supplier<DatasetGraph> data;
    /** What the landing page shows of the data at one version: its counts and the dataset's description. */
    record Figures(Map<String, String> counts, Graph described) {}

    private final PerVersion<Figures> figures;

    Stats(Supplier<DatasetGraph> data) {
        this.data = data;
        LongSupplier version = () -> PerVersion.versionOf(data.get()).getAsLong();
        this.figures = new PerVersion<>("the landing page's counts", version, v -> count());
    }

    /**
     * @return counts by name: events, people, organizations, artifacts, triples (quads of every graph), for the data
     *         as it is now (counted at the first call after each change)
     */
    Map<String, String> asMap() {
        return figures.get().counts();
    }

    /** @return what the landing page's JSON-LD is made from ({@link DatasetJsonLd#landingPart}), kept the same way */
    Graph described() {
        return figures.get().described();
    }

    /** @return how many times the figures were counted */
    long countings() {
        return figures.computations();
    }

    private Figures count() {
        DatasetGraph dsg = data.get();
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("events", count(dsg, AIMIL.Event.asNode()));
            m.put("people", count(dsg, AIMIL.Person.asNode()));
            m.put("organizations", count(dsg, AIMIL.Organization.asNode()));
            m.put("artifacts", count(dsg, AIMIL.Artifact.asNode()));
            m.put("triples", Long.toString(Iter.count(dsg.find())));
            return new Figures(Collections.unmodifiableMap(m), DatasetJsonLd.landingPart(dsg.getDefaultGraph()));
        });
    }

    private static String count(DatasetGraph dsg, Node cls) {
        // counted in PerVersion's own thread, not for one request: the server's query timeout (in the dataset's
        // context) does not apply, or on a large store the counts could never be made
        return QueryExec.dataset(dsg).query(COUNT).substitution("class", cls).timeout(1, TimeUnit.DAYS).select()
                .next().get("n").getLiteralLexicalForm();
    }
}
