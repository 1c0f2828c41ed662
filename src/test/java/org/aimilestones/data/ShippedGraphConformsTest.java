package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.validate.ValidationReport;
import org.aimilestones.validate.Validator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The shipped ontology and data conform to the SHACL shapes (Core and SPARQL) and are OWL 2 consistent (HermiT). */
class ShippedGraphConformsTest {

    @Test
    void shippedGraphConformsAndIsConsistent() {
        KnowledgeGraph kg = ShippedGraph.get();
        Graph shapes = RDFDataMgr.loadGraph(ShippedGraph.SOURCE.shapesFile().toString());
        RDFDataMgr.read(shapes, ShippedGraph.SOURCE.sparqlShapesFile().toString());
        Validator validator = new Validator(kg.ontology(), shapes);
        ValidationReport report = validator.validate(kg.data(), kg.prefixes());
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text), kg.prefixes());
        assertTrue(report.passed(), () -> "the shipped graph does not pass validation:\n" + text);
        assertTrue(report.consistent(), "HermiT finds the shipped graph consistent");
    }
}
