package org.aimilestones.web;

import java.util.Optional;

/**
 * Maps the things named under publicBase (https://w3id.org/ai-milestones/) to the documents about them under
 * localBase (httpRange-14: the thing and the page about it are different resources):
 * <pre>
 * thing (IRI)                 HTML document                 RDF documents (ext: ttl, jsonld, nt, rdf)
 * resource/X                  page/X                        data/X.ext
 * ontology, ontology#T        ontology.html(#T)             ontology.ext
 * ontology/V (versionIRI)     ontology/V.html               ontology/V.ext
 * shapes                      (none: shapes.ttl)            shapes.ext
 * dataset, dataset/graph      "" (the landing page)         dataset.ext
 * </pre>
 * The things' own paths are also served under localBase, where they answer 303 See Other to one of the documents.
 *
 * @param publicBase the IRI prefix the graph names things with, ending in "/"
 * @param localBase  where this server answers, ending in "/": "/" for root-relative links, or an absolute URL such
 *                   as "http://localhost:3030/" (--base-url)
 */
public record IriMapping(String publicBase, String localBase) {

    /** The ai-milestones public base. */
    public static final String NAMESPACE = "https://w3id.org/ai-milestones/";

    /** The IRI of the dataset (VoID, DCAT), under the namespace. */
    public static final String DATASET = NAMESPACE + "dataset";

    /** ai-milestones IRIs linked root-relative: https://w3id.org/ai-milestones/resource/X ↔ /page/X. */
    public static final IriMapping DEFAULT = new IriMapping(NAMESPACE, "/");

    public IriMapping {
        if (!publicBase.endsWith("/") || !localBase.endsWith("/")) {
            throw new IllegalArgumentException("bases must end in '/': " + publicBase + ", " + localBase);
        }
    }

    /** @return the public IRI of the resource whose documents are /page/{name} and /data/{name}.{ext} */
    public String resourceIri(String name) {
        return publicBase + "resource/" + name;
    }

    /** @return the public IRI of the ontology */
    public String ontologyIri() {
        return publicBase + "ontology";
    }

    /** @return true if localBase is an absolute URL (--base-url given), false for root-relative links */
    public boolean hasAbsoluteBase() {
        return localBase.startsWith("http://") || localBase.startsWith("https://");
    }

    /**
     * @return the local HTML document about the IRI (the page of a resource, the ontology's documentation with the
     *         term's anchor, an ontology version's page, the landing page for the dataset), or empty for IRIs this
     *         server has no page for
     */
    public Optional<String> toLocal(String iri) {
        if (!iri.startsWith(publicBase)) {
            return Optional.empty();
        }
        String rest = iri.substring(publicBase.length());
        if (rest.startsWith("resource/") && rest.length() > "resource/".length()) {
            return Optional.of(localBase + "page/" + rest.substring("resource/".length()));
        }
        if (rest.equals("ontology") || rest.startsWith("ontology#")) {
            return Optional.of(localBase + "ontology.html" + rest.substring("ontology".length()));
        }
        if (rest.startsWith("ontology/") && rest.length() > "ontology/".length() && rest.indexOf('#') < 0) {
            return Optional.of(localBase + rest + ".html");
        }
        if (rest.equals("shapes")) {
            return Optional.of(localBase + "shapes.ttl");
        }
        if (rest.equals("dataset") || rest.equals("dataset/graph")) {
            return Optional.of(localBase);
        }
        return Optional.empty();
    }
}
