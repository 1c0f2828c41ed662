package org.aimilestones.server;

import java.util.Optional;
import java.util.Set;
import org.aimilestones.linkeddata.ContentNegotiation;
import org.aimilestones.linkeddata.ContentNegotiation.Variant;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Fuseki module adding the dataset description (/.well-known/void; the dataset /dataset, /dataset/graph as things,
 * answering 303 to / or /dataset.{ext}) and the dumps (/dumps/..., /dumps/{release}/...).
 */
final class DescriptionModule implements FusekiModule {

    private final ServedData data;
    private final Optional<String> baseUrl;

    DescriptionModule(ServedData data, Optional<String> baseUrl) {
        this.data = data;
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "ai-milestones-description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/.well-known/void", new VoidServlet(data, baseUrl));
        builder.addServlet("/dataset/*", new DatasetServlet(data, baseUrl));
        for (Variant v : ContentNegotiation.RDF_VARIANTS) {
            builder.addServlet("/dataset." + v.format(), new DatasetServlet(data, baseUrl));
        }
        builder.addServlet("/dumps/*", new DumpServlet(data, Release.version(data.served()).orElse("unversioned")));
    }
}
