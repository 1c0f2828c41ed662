package org.aimilestones.validate;

import org.aimilestones.load.RdfsClosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;

/** Validates ai-milestones data: SHACL shapes over the RDFS-entailed graph, then HermiT over ontology + data. */
public final class Validator {

    private final Graph ontology;
    private final ShaclCheck shacl;
    private final OwlConsistencyCheck owl = new OwlConsistencyCheck();

    /** A validator for data under this ontology and these shapes. */
    public Validator(Graph ontology, Graph shapes) {
        this.ontology = ontology;
        this.shacl = new ShaclCheck(shapes);
    }

    /** Runs both checks on the data; prefixes are used to render paths and class names in messages. */
    public ValidationReport validate(Graph data, PrefixMapping prefixes) {
        List<Finding> findings = new ArrayList<>(shacl.findings(RdfsClosure.of(ontology, data), prefixes));
        OwlConsistencyCheck.Result result = owl.check(ontology, data, prefixes);
        findings.addAll(result.findings());
        return new ValidationReport(List.copyOf(findings), result.consistent());
    }
}
