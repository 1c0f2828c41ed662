package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology and its versions. GET /ontology (the ontology; its terms /ontology#T too, as clients drop the fragment)
 * answers 303 See Other to /ontology.html (the documentation) or /ontology.{ttl,jsonld,nt,rdf}; GET /ontology/{version}
 * (the versionIRI) to /ontology/{version}.html or .{ext}. The current version is the ontology graph itself, an earlier
 * one the kept file of {@link Schemas}; an unknown version is 404.
 */
final class OntologyServlet extends LinkedDataServlet {

    private static final long serialVersionUID = 1L;

    private final transient Schemas schemas;

    OntologyServlet(PageLayout layout, Schemas schemas, IriMapping iris, Function<HttpServletRequest, String> base) {
        super(layout, iris, base);
        this.schemas = schemas;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String onto = iris.ontologyIri();
        if (path.equals("/ontology")) {
            seeOther(request, response, ContentNegotiation.VARIANTS, v -> "ontology." + v.format());
            return;
        }
        if (path.startsWith("/ontology.")) {
            Optional<Variant> variant = ContentNegotiation.byExtension(path.substring("/ontology.".length()));
            if (variant.isPresent()) {
                serveDocument(request, response, schemas.ontology(), onto, "ontology", variant.get());
                return;
            }
        } else if (path.startsWith("/ontology/")) {
            String rest = path.substring("/ontology/".length());
            Optional<Map.Entry<String, Variant>> split = ContentNegotiation.splitExtension(rest,
                    ContentNegotiation.VARIANTS);
            String version = split.map(Map.Entry::getKey).orElse(rest);
            Optional<Graph> graph = schemas.ontologyVersion(onto, version);
            if (graph.isPresent() && split.isEmpty()) {
                seeOther(request, response, ContentNegotiation.VARIANTS,
                        v -> "ontology/" + version + "." + v.format());
                return;
            }
            if (graph.isPresent()) {
                serveDocument(request, response, graph.get(), onto + "/" + version, "ontology/" + version,
                        split.get().getValue());
                return;
            }
        }
        notFound(request, response);
    }

    /**
     * @param topic the thing the document is about: the ontology, or one of its versions
     * @param stem  the document's path without its extension, relative to the base
     */
    private void serveDocument(HttpServletRequest request, HttpServletResponse response, Graph graph, String topic,
            String stem, Variant variant) throws IOException {
        String base = base(request);
        document(request, response, variant, lang -> {
            if (variant.isHtml()) {
                String page = base + stem + ".html";
                String json = SchemaOrgJson.describe(graph, NodeFactory.createURI(iris.ontologyIri()), topic,
                        List.of(DCTerms.title.asNode(), RDFS.label.asNode()), "DefinedTermSet", page);
                PageLayout.Head head = PageLayout.Head.of(base, stem + ".html", stem, ContentNegotiation.VARIANTS,
                        json);
                return Optional.of(utf8(new OntologyPage(graph, iris, layout()).render(lang, head)));
            }
            return Optional.of(rdf(LinkedDataHttp.describeDocument(graph, base + stem + "." + variant.format(),
                    topic, graph, iris.ontologyIri()), variant));
        });
    }
}
