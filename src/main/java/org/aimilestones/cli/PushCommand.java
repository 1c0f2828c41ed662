package org.aimilestones.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.push.AuthMethod;
import org.aimilestones.push.Credentials;
import org.aimilestones.push.GraphStorePush;
import org.aimilestones.push.PushException;
import org.apache.jena.graph.Graph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ai-milestones push: replaces a named graph of a SPARQL store with the graph, by a Graph Store Protocol PUT. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Publish the graph (ontology and data; with --inferred, plus its RDFS entailments) into a named"
                + " graph of a SPARQL 1.1 store through the Graph Store Protocol: HTTP PUT to URL?graph=IRI, which"
                + " replaces that graph. Exit 1 when the credentials are refused, the store cannot be reached or"
                + " answers an error; 2 for a bad URL or options.",
        footerHeading = "%nExamples:%n",
        footer = {"  # into ai-milestones serve --allow-update --password-file users, with the same file:",
            "  ai-milestones push http://localhost:3030/ai-milestones/data \\",
            "      --password-file users",
            "  # into Virtuoso, with a file holding the line 'dba: PASSWORD':",
            "  ai-milestones push http://localhost:8890/sparql-graph-crud-auth \\",
            "      --auth digest --password-file virtuoso-users"})
public final class PushCommand extends GraphCommand {

    /**
     * The named graph pushed to when --graph is not given: under the dataset's IRI, a thing the server answers with
     * 303 to the dataset's documents (never a page route).
     */
    public static final String DEFAULT_GRAPH = "https://w3id.org/ai-milestones/dataset/graph";

    @Parameters(paramLabel = "URL", description = "The store's Graph Store Protocol endpoint: /ai-milestones/data"
            + " of ai-milestones serve --allow-update, /sparql-graph-crud-auth of Virtuoso, the dataset's URL of"
            + " Fuseki (see the examples).")
    private String url;

    @Option(names = "--graph", paramLabel = "IRI", defaultValue = DEFAULT_GRAPH,
            description = "The named graph to replace (default ${DEFAULT-VALUE}).")
    private String graph;

    @Option(names = "--user", paramLabel = "U",
            description = "The user of the password file to log in as (default: its only user).")
    private String user;

    @Option(names = "--password-file", paramLabel = "F", converter = LoadCommand.ExistingFile.class,
            description = "The user and password: one 'user: password' line per user (# starts a comment), the"
                    + " format of ai-milestones serve --password-file, so the server's own file works.")
    private Path passwordFile;

    @Option(names = "--auth", paramLabel = "SCHEME", defaultValue = "basic",
            description = "basic (default; sent with the request) or digest (answers the store's challenge).")
    private AuthMethod auth;

    @Option(names = "--inferred", description = "Push the graph with its RDFS entailments.")
    private boolean inferred;

    @Override
    protected int run() throws Exception {
        Optional<URI> endpoint = endpoint(url);
        if (endpoint.isEmpty()) {
            err().println("bad URL: " + url + " (expected an absolute http or https URL)");
            return Main.EXIT_USAGE;
        }
        if (!absolute(graph)) {
            err().println("bad graph IRI: " + graph);
            return Main.EXIT_USAGE;
        }
        if (passwordFile == null && user != null) {
            err().println("--user needs --password-file");
            return Main.EXIT_USAGE;
        }
        Optional<Credentials> credentials;
        try {
            credentials = passwordFile == null ? Optional.empty()
                    : Optional.of(Credentials.fromPasswordFile(passwordFile, user));
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage(), e);
        }
        KnowledgeGraph kg = load();
        Graph pushed = inferred ? kg.inferred() : kg.asserted();
        try {
            int status = new GraphStorePush(endpoint.get(), credentials, auth).push(graph, pushed);
            out().printf(Locale.ROOT, "pushed %,d triples to <%s> at %s (HTTP %d)%n", pushed.size(), graph,
                    endpoint.get(), status);
            out().flush();
            return Main.EXIT_OK;
        } catch (PushException e) {
            err().println(e.getMessage());
            return Main.EXIT_FAILURE;
        }
    }

    private static boolean absolute(String iri) {
        try {
            return new URI(iri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** @return value as an absolute http(s) URL with a host, if it is one */
    private static Optional<URI> endpoint(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
