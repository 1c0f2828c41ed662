package org.aimilestones.push;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimilestones.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ai-milestones push without a store: bad URLs and options are usage errors, an unreachable store a failure. */
class PushCommandTest {

    @TempDir
    Path tmp;

    @Test
    void badUrlIsAUsageError() {
        for (String url : new String[] {"not a url", "ftp://localhost/ds", "localhost:3030/ds", "http:///ds"}) {
            CliRun run = cli("push", url);
            assertEquals(2, run.exitCode(), url + ": " + run.err());
            assertTrue(run.err().startsWith("bad URL: " + url), run.err());
        }
    }

    @Test
    void connectionRefusedIsAFailureWithAMessage() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = cli("push", "http://localhost:" + port + "/ds");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("connection refused"), run.err());
    }

    @Test
    void passwordFileWithoutUserNeedsUserOption() throws IOException {
        Path file = Files.writeString(tmp.resolve("password"), "just-a-password\n");
        CliRun run = cli("push", "http://localhost:1/ds", "--password-file", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("give --user"), run.err());
    }

    @Test
    void passwordFileLines() throws IOException {
        Path both = Files.writeString(tmp.resolve("both"), "ann:pa:ss word\n");
        assertEquals(new Credentials("ann", "pa:ss word"), Credentials.fromPasswordFile(both, null));
        assertEquals(new Credentials("ann", "pa:ss word"), Credentials.fromPasswordFile(both, "ann"));
        assertEquals(new Credentials("bob", "ann:pa:ss word"), Credentials.fromPasswordFile(both, "bob"));
    }

    @Test
    void digestAnswerMatchesTheRfc2617Example() {
        String challenge = "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";
        String answer = DigestAuthorization.answer(challenge, "GET", "/dir/index.html",
                new Credentials("Mufasa", "Circle Of Life"), "0a4f113b");
        assertTrue(answer.contains("response=\"6629fae49393a05397450978507c4ef1\""), answer);
        assertTrue(answer.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""), answer);
        assertTrue(answer.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""), answer);
    }
}
