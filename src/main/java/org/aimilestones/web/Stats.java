package org.aimilestones.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.aimilestones.server.DatasetJsonLd;
import org.aimilestones.server.PerVersion;
import org.aimilestones.server.ServedFigures;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The figures of the landing page: events, people, organizations, artifacts (members of each class, entailed ones
 * included) and triples of the served default graph. They come from the one read of the whole graph that the dataset
 * description shares ({@link ServedFigures}), once per data version ({@link PerVersion}).
 */
final class Stats {

    private final Supplier<DatasetGraph> data;
    /** What the landing page shows of the data at one version: its counts and the dataset's description. */
    record Figures(Map<String, String> counts, Graph described) {}

    private final PerVersion<Figures> figures;

    Stats(Supplier<DatasetGraph> data) {
        this.data = data;
        this.figures = PerVersion.over("the landing page's counts", data, v -> count());
    }

    /**
     * @return counts by name: events, people, organizations, artifacts, triples (of the default graph), for the data
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
        ServedFigures served = ServedFigures.of(dsg);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("events", Long.toString(served.members(AIMIL.Event.asNode())));
        m.put("people", Long.toString(served.members(AIMIL.Person.asNode())));
        m.put("organizations", Long.toString(served.members(AIMIL.Organization.asNode())));
        m.put("artifacts", Long.toString(served.members(AIMIL.Artifact.asNode())));
        m.put("triples", Long.toString(served.triples()));
        return new Figures(Collections.unmodifiableMap(m),
                Txn.calculateRead(dsg, () -> DatasetJsonLd.landingPart(dsg.getDefaultGraph())));
    }
}
