package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.aimilestones.load.GraphSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The builder checks every setting and names the bad value. */
class ServerConfigTest {

    @TempDir
    Path tmp;

    private static void assertRejected(String expected, Executable setting) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setting);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void defaults() {
        ServerConfig config = ServerConfig.builder().source(GraphSource.bundled()).build();
        assertEquals("127.0.0.1", config.host());
        assertEquals(3030, config.port());
        assertEquals(Duration.ofSeconds(10), config.timeout());
        assertEquals(10_000, config.maxRows());
        assertEquals(2 * Runtime.getRuntime().availableProcessors(), config.maxConcurrent());
        assertEquals(1024 * 1024, config.maxBody());
        assertEquals(1000, config.cacheEntries());
        assertFalse(config.allowUpdate());
        assertTrue(config.serviceAllow().isEmpty());
        assertTrue(config.tdb2Dir().isEmpty());
        assertTrue(config.corsOrigins().isEmpty());
    }

    @Test
    void badValuesAreNamed() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        assertRejected("port 70000 is out of range", () -> b.port(70000));
        assertRejected("port -1 is out of range", () -> b.port(-1));
        assertRejected("timeout PT0S must be more than zero", () -> b.timeout(Duration.ZERO));
        assertRejected("idle timeout PT-1S must be more than zero", () -> b.idleTimeout(Duration.ofSeconds(-1)));
        assertRejected("max rows 0", () -> b.maxRows(0));
        assertRejected("max concurrent queries 0 is out of range 1-10000", () -> b.maxConcurrent(0));
        assertRejected("max body 0 bytes is out of range", () -> b.maxBody(0));
        assertRejected("max body 2147483648 bytes is out of range 1-1073741824", () -> b.maxBody(1L << 31));
        assertRejected("cache entries -1 is out of range 0-1000000", () -> b.cacheEntries(-1));
        assertRejected("bad host ''", () -> b.host(""));
        assertRejected("bad SERVICE endpoint 'file:///etc/passwd'", () -> b.serviceAllow("file:///etc/passwd"));
        assertRejected("bad SERVICE endpoint 'not a url'", () -> b.serviceAllow("not a url"));
        Path missing = tmp.resolve("missing");
        assertRejected("password file " + missing + " does not exist", () -> b.passwordFile(missing));
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody\n");
        assertRejected("must hold one 'user: password' line", () -> b.passwordFile(empty));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertRejected("TDB2 location " + file + " is not a directory", () -> b.tdb2(file));
    }

    @Test
    void updatesAndPasswordFileGoTogether() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: pw\n");
        assertRejected("updates need a password file",
                () -> ServerConfig.builder().source(GraphSource.bundled()).allowUpdate(true).build());
        assertRejected("given, but updates are off",
                () -> ServerConfig.builder().source(GraphSource.bundled()).passwordFile(passwords).build());
        assertRejected("no graph source", () -> ServerConfig.builder().build());
        ServerConfig config = ServerConfig.builder().source(GraphSource.bundled())
                .allowUpdate(true).passwordFile(passwords).build();
        assertTrue(config.allowUpdate());
    }

    @Test
    void corsOriginsAreOriginsAndNeedUpdates() throws Exception {
        ServerConfig.Builder b = ServerConfig.builder();
        for (String bad : new String[] {"*", "null", "example.org", "ftp://example.org", "https://example.org/",
            "https://example.org/editor", "https://example.org?x", "https://user@example.org", "javascript:alert(1)"}) {
            assertRejected("bad CORS origin '" + bad + "': expected http(s)://host or http(s)://host:port",
                    () -> b.corsOrigin(bad));
        }
        assertRejected("CORS origin https://editor.example given, but updates are off", () -> ServerConfig.builder()
                .source(GraphSource.bundled()).corsOrigin("https://editor.example").build());
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: pw\n");
        ServerConfig config = ServerConfig.builder().source(GraphSource.bundled()).allowUpdate(true)
                .passwordFile(passwords).corsOrigin("https://editor.example").corsOrigin("http://127.0.0.1:8080")
                .build();
        assertEquals(java.util.List.of("https://editor.example", "http://127.0.0.1:8080"), config.corsOrigins());
    }
}
