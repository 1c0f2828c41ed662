package org.aimilestones.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;

/** Runs the ai-milestones SHACL shapes (jena-shacl) over an RDFS-entailed data graph. */
public final class ShaclCheck {

    private final Shapes shapes;

    /** Parses the shapes once; throws {@link org.apache.jena.shacl.parser.ShaclParseException} if they are malformed. */
    public ShaclCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The full SHACL report for a data graph that already contains its entailments (see {@link org.aimilestones.load.RdfsClosure}). */
    public org.apache.jena.shacl.ValidationReport report(Graph entailed) {
        return ShaclValidator.get().validate(shapes, entailed);
    }

    /** The SHACL results as findings, path rendered with the given prefixes. */
    public List<Finding> findings(Graph entailed, PrefixMapping prefixes) {
        return report(entailed).getEntries().stream().map(e -> toFinding(e, prefixes)).toList();
    }

    private static Finding toFinding(ReportEntry entry, PrefixMapping prefixes) {
        String path = entry.resultPath() == null ? null : entry.resultPath().toString(new Prologue(prefixes));
        return new Finding(entry.focusNode(), path, entry.message(), severity(entry.severity()),
                entry.sourceConstraintComponent());
    }

    private static Severity severity(org.apache.jena.shacl.validation.Severity shacl) {
        if (shacl.equals(org.apache.jena.shacl.validation.Severity.Violation)) {
            return Severity.VIOLATION;
        }
        return shacl.equals(org.apache.jena.shacl.validation.Severity.Warning) ? Severity.WARNING : Severity.INFO;
    }
}
