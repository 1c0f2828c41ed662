package org.aimilestones.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/** Hands a Jena graph to the OWL API by way of an in-memory N-Triples document (read by its Turtle parser); never touches the network. */
final class OwlConversion {

    private static final IRI DOCUMENT = IRI.create("urn:x-ai-milestones:validate:document");

    private OwlConversion() {
    }

    /** The graph as an OWL API ontology in a fresh manager; imports, if any, are silently skipped. */
    static OWLOntology toOwl(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, graph, RDFFormat.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setFollowRedirects(false);
        StreamDocumentSource source = new StreamDocumentSource(new ByteArrayInputStream(turtle.toByteArray()),
                DOCUMENT, new TurtleDocumentFormat(), "text/turtle");
        return manager.loadOntologyFromOntologyDocument(source, config);
    }
}
