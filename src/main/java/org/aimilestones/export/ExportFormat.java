package org.aimilestones.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;

/** The RDF serializations the graph can be exported in, with the Jena language used to read them back. */
public enum ExportFormat {
    TURTLE(Lang.TURTLE),
    NTRIPLES(Lang.NTRIPLES),
    JSONLD(Lang.JSONLD),
    RDFXML(Lang.RDFXML),
    TRIG(Lang.TRIG),
    NQUADS(Lang.NQUADS);

    private final Lang lang;

    ExportFormat(Lang lang) {
        this.lang = lang;
    }

    /** @return the Jena language of this format */
    public Lang lang() {
        return lang;
    }

    /** @return the command-line name, e.g. "turtle" */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the format with this command-line name, ignoring case */
    public static ExportFormat fromCliName(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected one of: " + cliNames());
    }

    /** @return the command-line names, comma separated */
    public static String cliNames() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
