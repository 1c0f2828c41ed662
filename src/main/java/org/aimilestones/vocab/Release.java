package org.aimilestones.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The release this build is: one version for the graph, the ontology and the shapes, written once in pom.xml (the
 * build copies it into release.properties). ReleaseVersionTest keeps the ontology, the dataset description and
 * CITATION.cff in step with it.
 */
public final class Release {

    /** The version, e.g. "0.2.0". */
    public static final String VERSION = read();

    private Release() {}

    /** @return the IRI of the ontology of this release, its owl:versionIRI */
    public static String ontologyVersionIri() {
        return AIMIL.ONTOLOGY.getURI() + "/" + VERSION;
    }

    private static String read() {
        try (InputStream in = Release.class.getResourceAsStream("/org/aimilestones/release.properties")) {
            if (in == null) {
                throw new IllegalStateException("release.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw new IllegalStateException("release.properties holds no version: '" + version + "'");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
