package org.aimilestones.push;

import static org.aimilestones.testing.CliRun.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void aPasswordWithoutAUserIsAUsageErrorSayingTheFormat() throws IOException {
        Path file = Files.writeString(tmp.resolve("password"), "just-a-password\n");
        CliRun run = cli("push", "http://localhost:1/ds", "--password-file", file.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("the password file " + file + " gives user 'just-a-password' no password: write it as"
                + " 'user: password'\n", run.err());
    }

    /** The format ai-milestones serve --password-file reads (Jetty's realm properties), read as Jetty reads it. */
    @Test
    void passwordFilesHaveTheServersFormat() throws IOException {
        Path serverFile = Files.writeString(tmp.resolve("users"), "# editors\neditor: s3cret\n");
        assertEquals(new Credentials("editor", "s3cret"), Credentials.fromPasswordFile(serverFile, null));
        assertEquals(new Credentials("editor", "s3cret"), Credentials.fromPasswordFile(serverFile, "editor"));
        Path colons = Files.writeString(tmp.resolve("colons"), "ann:pa:ss word  \n");
        assertEquals(new Credentials("ann", "pa:ss word"), Credentials.fromPasswordFile(colons, null));
        Path roles = Files.writeString(tmp.resolve("roles"), "ann = secret, admin\n");
        assertEquals(new Credentials("ann", "secret"), Credentials.fromPasswordFile(roles, null));
        Path obfuscated = Files.writeString(tmp.resolve("obf"), "ann: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v\n");
        assertEquals(new Credentials("ann", "password"), Credentials.fromPasswordFile(obfuscated, null));

        Path two = Files.writeString(tmp.resolve("two"), "ann: a\nbob: b\n");
        assertEquals(new Credentials("bob", "b"), Credentials.fromPasswordFile(two, "bob"));
        assertEquals("the password file " + two + " holds several users (ann, bob): choose one with --user",
                assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(two, null))
                        .getMessage());
        assertEquals("the password file " + two + " has no line for user carol (it has ann, bob): write a line"
                + " 'carol: password'", assertThrows(IllegalArgumentException.class,
                        () -> Credentials.fromPasswordFile(two, "carol")).getMessage());
        Path hashed = Files.writeString(tmp.resolve("md5"), "ann: MD5:5f4dcc3b5aa765d61d8327deb882cf99\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(hashed, null))
                .getMessage().contains("a hashed password for user ann, which push cannot send"));
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody yet\n");
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromPasswordFile(empty, null));
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
