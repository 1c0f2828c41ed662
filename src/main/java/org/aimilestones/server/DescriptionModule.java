package org.aimilestones.server;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Fuseki module adding the dataset description (/.well-known/void) and the dumps (/dumps/...). */
final class DescriptionModule implements FusekiModule {

    private final ServedData data;

    DescriptionModule(ServedData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "ai-milestones-description";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/.well-known/void", new VoidServlet(data));
        builder.addServlet("/dumps/*", new DumpServlet(data));
    }
}
