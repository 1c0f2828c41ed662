package org.aimilestones.server;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki module adding the dataset description (/.well-known/void and /dataset.ttl|.jsonld|.nt|.rdf; /dataset and
 * /dataset/graph, the dataset as a thing, answer 303 to / or to those documents), the dumps
 * (/dumps/...), /sitemap.xml and /robots.txt.
 */
final class DescriptionModule implements FusekiModule {

    private final DatasetDescription description;
    private final DumpFiles dumps;
    private final DocumentBase documentBase;

    DescriptionModule(ServedData data, DocumentBase documentBase) {
        this.dumps = new DumpFiles(data);
        this.description = new DatasetDescription(data, dumps);
        this.documentBase = documentBase;
    }

    /** @return the description served, for tests (how often it was computed) */
    DatasetDescription description() {
        return description;
    }

    /** Deletes the temporary files of the dumps. */
    void close() {
        dumps.close();
    }

    @Override
    public String name() {
        return "ai-milestones-description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/.well-known/void", new VoidServlet(description, documentBase, null));
        VoidServlet.DOCUMENTS.forEach((ext, lang) ->
                builder.addServlet("/dataset." + ext, new VoidServlet(description, documentBase, lang)));
        builder.addServlet("/dataset/*", new DatasetServlet(documentBase));
        builder.addServlet("/dumps/*", new DumpServlet(dumps));
        builder.addServlet("/sitemap.xml", new SitemapServlet(description, documentBase));
        builder.addServlet("/robots.txt", new SitemapServlet.Robots(documentBase));
    }
}
