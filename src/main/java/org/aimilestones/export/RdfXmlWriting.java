package org.aimilestones.export;

import java.util.Map;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.SysRIOT;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Lets every RDF/XML output of this JVM (export, linked-data documents, SPARQL answers) write the graph's IRIs as they
 * are. The evidence IRIs of the released graph ({@code urn:x-ai-milestones:…}, frozen with release 0.2.0) are URNs in an
 * "x-" namespace, which RFC 8141 retired; since Jena 6 the RDF/XML writer checks every IRI and refuses them, while
 * every other format writes them. Started by Jena itself (META-INF/services), after RIOT.
 */
public final class RdfXmlWriting implements JenaSubsystemLifecycle {

    @Override
    public void start() {
        RIOT.getContext().set(SysRIOT.sysRdfWriterProperties, Map.of("allowBadURIs", "true"));
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        return 9_000; // after RIOT (20) and ARQ (30)
    }
}
