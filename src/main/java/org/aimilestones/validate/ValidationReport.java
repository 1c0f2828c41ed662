package org.aimilestones.validate;

import java.io.PrintWriter;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** The outcome of validating the graph: SHACL and OWL findings plus HermiT's verdict. */
public record ValidationReport(List<Finding> findings, boolean consistent) {

    /** Number of findings of the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when there are no violations (SHACL or OWL). */
    public boolean conforms() {
        return count(Severity.VIOLATION) == 0;
    }

    /** True when the graph conforms and is OWL 2 consistent: the validation passes. */
    public boolean passed() {
        return conforms() && consistent;
    }

    /** Prints every finding (focus node, path, message) and then the summary line. */
    public void print(PrintWriter out, PrefixMapping prefixes) {
        for (Finding f : findings) {
            out.println(f.severity() + "  " + render(f.focusNode(), prefixes)
                    + (f.path() == null ? "" : "  " + f.path()));
            out.println("    " + f.message());
        }
        out.println(summary());
        out.flush();
    }

    /** "Conforms: yes — 0 violations, 2 warnings; OWL 2 consistency (HermiT): consistent". */
    public String summary() {
        return "Conforms: " + (conforms() ? "yes" : "no") + " — " + count(Severity.VIOLATION) + " violations, "
                + count(Severity.WARNING) + " warnings; OWL 2 consistency (HermiT): "
                + (consistent ? "consistent" : "inconsistent");
    }

    private static String render(Node node, PrefixMapping prefixes) {
        if (node == null) {
            return "(graph)";
        }
        return node.isURI() ? prefixes.shortForm(node.getURI()) : node.toString(prefixes);
    }
}
