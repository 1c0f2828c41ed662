package org.aimilestones.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * Replaces a named graph of a SPARQL 1.1 store with a graph, through the Graph Store Protocol: one HTTP PUT of
 * N-Triples to {@code endpoint?graph=IRI}. Basic credentials go with the request; Digest ones answer the 401
 * challenge to an empty PUT sent first. A PUT with credentials asks to continue before its body.
 */
public final class GraphStorePush {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final URI endpoint;
    private final Optional<Credentials> credentials;
    private final AuthMethod method;

    /**
     * @param endpoint    the store's Graph Store Protocol endpoint, an absolute http or https URL
     * @param credentials the user and password, if the store wants them
     * @param method      how to send them
     */
    public GraphStorePush(URI endpoint, Optional<Credentials> credentials, AuthMethod method) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.method = method;
    }

    /** @return the URL the graph is PUT to: the endpoint with {@code graph=IRI} added to its query */
    public URI target(String graphIri) {
        String query = "graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        String url = endpoint.toString();
        return URI.create(url + (endpoint.getRawQuery() == null ? "?" : "&") + query);
    }

    /**
     * PUTs graph as the named graph graphIri, replacing what the store held under that name.
     *
     * @return the store's success status, e.g. 200, 201 or 204
     * @throws PushException if the credentials are refused, the store cannot be reached or answers an error
     */
    public int push(String graphIri, Graph graph) throws PushException {
        URI target = target(graphIri);
        byte[] body = ntriples(graph);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .header("Content-Type", WebContent.contentTypeNTriples)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (credentials.isEmpty()) {
            return check(send(request.build()));
        }
        if (method == AuthMethod.BASIC) {
            request.header("Authorization", basic(credentials.get()));
        } else {
            // Digest: an empty PUT fetches the challenge (as curl does), so no body is cut off by the 401; Virtuoso
            // drops an answer sent after an unread body. A store that takes the empty PUT needs no login: the graph
            // follows.
            HttpResponse<String> probe = send(HttpRequest.newBuilder(target)
                    .header("Content-Type", WebContent.contentTypeNTriples).PUT(HttpRequest.BodyPublishers.noBody())
                    .build());
            if (probe.statusCode() != 401) {
                check(probe);
                return check(send(request.build()));
            }
            request.header("Authorization", digest(probe, "PUT", target));
        }
        // "Expect: 100-continue": a store refusing the credentials (Jetty) says so before the body is sent, instead of
        // closing the connection while the body is still coming (with Basic, a wrong password was then seen as
        // "header parser received no bytes" now and then)
        request.expectContinue(true);
        try {
            return check(send(request.build()));
        } catch (PushException e) {
            // Virtuoso answers a wrong password with 100 Continue, then 401 and a closed connection, which Java's
            // client reports as an I/O error: ask again without a body to tell the two apart
            if (e.reason() == PushException.Reason.CONNECTION_FAILED && refusesCredentials(target)) {
                throw new PushException(PushException.Reason.AUTHENTICATION_FAILED, "authentication failed: "
                        + endpoint + " refused the credentials of user " + credentials.get().user(), e);
            }
            throw e;
        }
    }

    /** The Authorization header answering the Digest challenge of a 401 response, for method on target. */
    private String digest(HttpResponse<String> challenged, String method, URI target) throws PushException {
        String challenge = challenged.headers().allValues("WWW-Authenticate").stream()
                .filter(v -> v.regionMatches(true, 0, "Digest ", 0, 7)).findFirst()
                .orElseThrow(() -> new PushException(PushException.Reason.AUTHENTICATION_FAILED,
                        "authentication failed: " + endpoint + " offers no Digest authentication ("
                                + challenged.headers().allValues("WWW-Authenticate") + ")", null));
        String requestTarget = target.getRawPath() + "?" + target.getRawQuery();
        return DigestAuthorization.answer(challenge, method, requestTarget, credentials.get());
    }

    /** Whether the store answers 401 or 403 to a HEAD of target with the credentials (which changes nothing). */
    private boolean refusesCredentials(URI target) {
        try {
            HttpRequest.Builder head =
                    HttpRequest.newBuilder(target).method("HEAD", HttpRequest.BodyPublishers.noBody());
            if (method == AuthMethod.BASIC) {
                head.header("Authorization", basic(credentials.get()));
            } else {
                HttpResponse<String> challenged = send(head.build());
                if (challenged.statusCode() != 401) {
                    return false;
                }
                head.header("Authorization", digest(challenged, "HEAD", target));
            }
            int status = send(head.build()).statusCode();
            return status == 401 || status == 403;
        } catch (PushException cannotTell) {
            return false;
        }
    }

    private int check(HttpResponse<String> response) throws PushException {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new PushException(PushException.Reason.AUTHENTICATION_FAILED,
                    "authentication failed: " + endpoint + " answered HTTP " + status, null);
        }
        if (status / 100 != 2) {
            String body = response.body().strip();
            boolean notAnEndpoint = status == 400 || status == 404 || status == 405;
            throw new PushException(PushException.Reason.STORE_ERROR, endpoint + " answered HTTP " + status
                    + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(200, body.length())).lines()
                            .findFirst().orElse(""))
                    + (notAnEndpoint ? "; is it the store's Graph Store Protocol endpoint? (for ai-milestones serve"
                            + " --allow-update: http://HOST:PORT/ai-milestones/data)" : ""), null);
        }
        return status;
    }

    private HttpResponse<String> send(HttpRequest request) throws PushException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new PushException(PushException.Reason.CONNECTION_FAILED,
                    "cannot connect to " + endpoint + ": connection refused", e);
        } catch (HttpTimeoutException e) {
            throw new PushException(PushException.Reason.CONNECTION_FAILED,
                    "cannot connect to " + endpoint + ": timed out", e);
        } catch (IOException e) {
            throw new PushException(PushException.Reason.CONNECTION_FAILED,
                    "cannot push to " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException(PushException.Reason.CONNECTION_FAILED, "interrupted", e);
        }
    }

    private static byte[] ntriples(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, RDFFormat.NTRIPLES_UTF8);
        return out.toByteArray();
    }

    private static String basic(Credentials credentials) {
        String pair = credentials.user() + ":" + credentials.password();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
