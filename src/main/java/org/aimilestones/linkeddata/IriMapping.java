package org.aimilestones.linkeddata;

import java.util.Optional;

/**
 * Maps public IRIs under publicBase (https://w3id.org/ai-milestones/) to local URLs under localBase and back:
 * {publicBase}resource/X ↔ {localBase}resource/X and {publicBase}ontology#T ↔ {localBase}ontology#T.
 *
 * @param publicBase the IRI prefix the graph names things with, ending in "/"
 * @param localBase  where this server answers, ending in "/": "/" for root-relative links, or an absolute URL such
 *                   as "http://localhost:3030/" (--base-url)
 */
public record IriMapping(String publicBase, String localBase) {

    /** The ai-milestones public base. */
    public static final String NAMESPACE = "https://w3id.org/ai-milestones/";

    /** ai-milestones IRIs linked root-relative: https://w3id.org/ai-milestones/resource/X ↔ /resource/X. */
    public static final IriMapping DEFAULT = new IriMapping(NAMESPACE, "/");

    public IriMapping {
        if (!publicBase.endsWith("/") || !localBase.endsWith("/")) {
            throw new IllegalArgumentException("bases must end in '/': " + publicBase + ", " + localBase);
        }
    }

    /** @return the public IRI of the resource served at /resource/{name} */
    public String resourceIri(String name) {
        return publicBase + "resource/" + name;
    }

    /** @return the public IRI of the ontology */
    public String ontologyIri() {
        return publicBase + "ontology";
    }

    /** @return the local page of a resource or ontology term, or empty for IRIs this server does not describe */
    public Optional<String> toLocal(String iri) {
        if (!iri.startsWith(publicBase)) {
            return Optional.empty();
        }
        String rest = iri.substring(publicBase.length());
        if (rest.startsWith("resource/") && rest.length() > "resource/".length()
                || rest.equals("ontology") || rest.startsWith("ontology#")) {
            return Optional.of(localBase + rest);
        }
        return Optional.empty();
    }

    /** @return the local URL of a static asset served from the jar, e.g. "milestones.css" */
    public String asset(String file) {
        return localBase + "static/" + file;
    }
}
