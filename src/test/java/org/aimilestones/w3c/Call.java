package org.aimilestones.w3c;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** One HTTP request of a conformance case, exactly as the manifest writes it (raw path, headers, body bytes). */
final class Call {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String method;
    private final HttpRequest.Builder request;
    private byte[] body;

    Call(String method, String url) {
        this.method = method;
        this.request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    Call header(String name, String value) {
        request.header(name, value);
        return this;
    }

    Call type(String contentType) {
        return header("Content-Type", contentType);
    }

    Call accept(String mediaTypes) {
        return header("Accept", mediaTypes);
    }

    Call auth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return header("Authorization", "Basic " + token);
    }

    Call body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    Call body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** Sends the request, once more if a pooled connection turns out to have been closed by the server. */
    Answer send() {
        HttpRequest.BodyPublisher content = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest built = request.method(method, content).build();
        try {
            try {
                return new Answer(CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            } catch (IOException closedConnection) {
                // a pooled connection the server closed after an error answer: the request never reached it
                return new Answer(CLIENT.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
