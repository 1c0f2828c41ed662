package org.aimilestones.query;

import java.util.Locale;

/** How SELECT and ASK results are written: a text table, or a standard SPARQL results format. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    /** @return the command-line name, e.g. "table" */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
