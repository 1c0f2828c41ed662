package org.aimilestones.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD read anywhere in this JVM never fetches a context: loading a file that names one is a clear load error. */
class OfflineJsonLdTest {

    @TempDir
    Path tmp;

    @Test
    void loadingAFileWithARemoteContextFailsNamingFileAndContextWithoutConnecting() throws Exception {
        AtomicInteger contacts = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!listener.isClosed()) {
                    try (Socket socket = listener.accept()) {
                        contacts.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/ctx";
            Path file = Files.writeString(tmp.resolve("remote.jsonld"),
                    "{\"@context\": \"" + url + "\", \"@id\": \"http://example.org/s\", \"name\": \"x\"}");
            LoadException e = assertThrows(LoadException.class,
                    () -> TdbBulkLoad.load(file, tmp.resolve("tdb2"), new PrintWriter(new StringWriter())));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(url) && e.getMessage().contains("never fetches"), e.getMessage());
            Thread.sleep(200);
            assertEquals(0, contacts.get(), "the context's host was never contacted");
        }
    }

    @Test
    void fileContextsAreRefusedAndInlineOnesRead() throws IOException {
        Path context = Files.writeString(tmp.resolve("ctx.jsonld"), "{\"@context\": {\"name\": \"http://schema.org/name\"}}");
        String doc = "{\"@context\": \"" + context.toUri() + "\", \"@id\": \"http://example.org/s\", \"name\": \"x\"}";
        RiotException e = assertThrows(RiotException.class,
                () -> RDFParser.fromString(doc, Lang.JSONLD).toGraph());
        assertTrue(e.getMessage().contains("ctx.jsonld"), e.getMessage());
        Graph inline = RDFParser.fromString("{\"@context\": {\"name\": \"http://schema.org/name\"},"
                + " \"@id\": \"http://example.org/s\", \"name\": \"x\"}", Lang.JSONLD).toGraph();
        assertEquals(1, inline.size());
    }
}
