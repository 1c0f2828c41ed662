package org.aimilestones.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

/** The project's prefix map, shared by export (Turtle prefixes) and query (SPARQL PREFIX lines, result display). */
public final class Prefixes {

    private static final Map<String, String> PREFIXES = build();

    private Prefixes() {}

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aimil", AIMIL.NS);
        m.put("res", AIMIL.RESOURCE_NS);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dct", "http://purl.org/dc/terms/");
        m.put("schema", "http://schema.org/");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("wd", "http://www.wikidata.org/entity/");
        m.put("vann", "http://purl.org/vocab/vann/");
        m.put("vs", "http://www.w3.org/2003/06/sw-vocab-status/ns#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        return Collections.unmodifiableMap(m);
    }

    /** @return prefix to namespace IRI, in a fixed order (ai-milestones and res first) */
    public static Map<String, String> asMap() {
        return PREFIXES;
    }

    /** @return a new, locked Jena {@link PrefixMapping} with the project prefixes */
    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
    }

    /** @return a new RIOT {@link PrefixMap} with the project prefixes, for node formatting */
    public static PrefixMap prefixMap() {
        return PrefixMapFactory.create(PREFIXES);
    }
}
