package org.aimilestones.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aimilestones.web.ContentNegotiation.Variant;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki module serving the graph as linked data, things apart from the documents about them (httpRange-14, see
 * {@link IriMapping}): /resource/{name}, /ontology, /ontology/{version} and /shapes answer 303 See Other to
 * /page/{name} or /data/{name}.{ext}, /ontology.{html,ext}, /ontology/{version}.{html,ext} and /shapes.{ext}. The
 * HTML pages are framed by the {@link PageLayout} every page of the server shares (its stylesheet and scripts are the
 * web module's /assets/).
 */
public final class LinkedDataModule implements FusekiModule {

    private final Supplier<DatasetGraph> dataset;
    private final Schemas schemas;
    private final IriMapping iris;
    private final Function<HttpServletRequest, String> documentBase;

    /**
     * @param dataset the served data; its default graph (asserted + RDFS entailments) is read in a read transaction
     *                on every request, so updates show at once
     * @param schemas the ontology (asked for at each request there; it may be read at the first), its earlier
     *                versions and the shapes, not changed while served
     * @param iris    the public base (https://w3id.org/ai-milestones/) and the local base links point to
     */
    public LinkedDataModule(Supplier<DatasetGraph> dataset, Schemas schemas, IriMapping iris) {
        this(dataset, schemas, iris, request -> LinkedDataHttp.documentBase(request, iris));
    }

    /**
     * @param documentBase gives the absolute document base of a request, under which the 303s point and the pages'
     *                     canonical and alternate links are written (e.g. the server's DocumentBase: --base-url, or
     *                     trusted forwarded headers, or the request's own address)
     */
    public LinkedDataModule(Supplier<DatasetGraph> dataset, Schemas schemas, IriMapping iris,
            Function<HttpServletRequest, String> documentBase) {
        this.dataset = dataset;
        this.schemas = schemas;
        this.iris = iris;
        this.documentBase = documentBase;
    }

    /** The module with the ontology alone (no shapes, no earlier versions). */
    public LinkedDataModule(Supplier<DatasetGraph> dataset, Supplier<Graph> ontology, IriMapping iris) {
        this(dataset, Schemas.ontologyOnly(ontology), iris);
    }

    @Override
    public String name() {
        return "ai-milestones-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        PageLayout layout = new PageLayout(new Templates(), new SourceCredits(dataset));
        builder.addServlet("/resource/*", resources(layout, ResourceServlet.Role.THING));
        builder.addServlet("/page/*", resources(layout, ResourceServlet.Role.PAGE));
        builder.addServlet("/data/*", resources(layout, ResourceServlet.Role.DATA));
        builder.addServlet("/ontology/*", new OntologyServlet(layout, schemas, iris, documentBase));
        builder.addServlet("/shapes", new ShapesServlet(layout, schemas, iris, documentBase));
        for (Variant v : ContentNegotiation.VARIANTS) {
            builder.addServlet("/ontology." + v.format(), new OntologyServlet(layout, schemas, iris, documentBase));
            if (!v.isHtml()) {
                builder.addServlet("/shapes." + v.format(), new ShapesServlet(layout, schemas, iris, documentBase));
            }
        }
    }

    private ResourceServlet resources(PageLayout layout, ResourceServlet.Role role) {
        return new ResourceServlet(layout, dataset, iris, documentBase, role);
    }
}
