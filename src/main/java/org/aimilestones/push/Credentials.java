package org.aimilestones.push;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.Password;

/**
 * A user name and password, read from a password file in the one format that {@code ai-milestones serve
 * --password-file} reads too (Jetty's realm properties, read the way Jetty reads them): one {@code user: password}
 * line per user ({@code user=password} is the same), lines starting with {@code #} are comments, spaces around the
 * password are dropped, and a comma ends it (what follows are roles, which push ignores). An {@code OBF:} password is
 * de-obfuscated; a hashed one ({@code MD5:}, {@code CRYPT:}) cannot be sent and is refused. The user is the one given
 * with --user, or the file's only user.
 */
public record Credentials(String user, String password) {

    /**
     * @param file the password file
     * @param user the user to take from it, or null for its only user
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException saying what to do, if the file holds no usable password for the user
     */
    public static Credentials fromPasswordFile(Path file, String user) throws IOException {
        Map<String, String> users = read(file);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " holds no user: write a line"
                    + " 'user: password'");
        }
        String name = user;
        if (name == null) {
            if (users.size() > 1) {
                throw new IllegalArgumentException("the password file " + file + " holds several users ("
                        + String.join(", ", users.keySet()) + "): choose one with --user");
            }
            name = users.keySet().iterator().next();
        }
        String password = users.get(name);
        if (password == null) {
            throw new IllegalArgumentException("the password file " + file + " has no line for user " + name
                    + " (it has " + String.join(", ", users.keySet()) + "): write a line '" + name + ": password'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " gives user '" + name + "' no"
                    + " password: write it as 'user: password'");
        }
        // as the server reads it: a hash (MD5:, CRYPT:, ...) or a password, de-obfuscated if given as OBF:
        Credential credential = Credential.getCredential(password);
        if (!(credential instanceof Password plain)) {
            throw new IllegalArgumentException("the password file " + file + " holds a hashed password for user "
                    + name + ", which push cannot send: give a file with the password itself");
        }
        return new Credentials(name, plain.toString());
    }

    /** @return each user of the file and its password (roles after a comma removed), as Jetty reads them */
    private static Map<String, String> read(Path file) throws IOException {
        Properties lines = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines.load(in);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the password file " + file + " cannot be read: "
                    + malformed.getMessage(), malformed);
        }
        Map<String, String> users = new TreeMap<>();
        lines.forEach((key, value) -> {
            String name = key.toString().trim();
            String credential = value.toString().trim();
            int comma = credential.indexOf(',');
            if (!name.isEmpty()) {
                users.put(name, (comma < 0 ? credential : credential.substring(0, comma)).trim());
            }
        });
        return users;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
