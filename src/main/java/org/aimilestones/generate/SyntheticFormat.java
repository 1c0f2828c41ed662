package org.aimilestones.generate;

import java.io.Writer;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;

/** The streaming formats the generator writes: N-Triples (one line per triple) or Turtle (grouped by subject). */
public enum SyntheticFormat {
    NTRIPLES("nt"),
    TURTLE("ttl");

    private final String extension;

    SyntheticFormat(String extension) {
        this.extension = extension;
    }

    /** @return the usual file name extension, without the dot */
    public String extension() {
        return extension;
    }

    /** @return a stream writing triples to out in this format as they come, holding none of them */
    public StreamRDF writer(Writer out) {
        return switch (this) {
            case NTRIPLES -> StreamRDFLib.writer(out);
            case TURTLE -> new WriterStreamRDFBlocks(out, RIOT.getContext());
        };
    }
}
