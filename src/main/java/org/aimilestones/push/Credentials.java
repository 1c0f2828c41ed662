package org.aimilestones.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A user name and password, read from a password file. The file's first line is either {@code user:password} or just
 * the password; only the line break is stripped, so spaces belong to the password. With a user given separately, a
 * line starting with {@code that-user:} is {@code user:password}, any other line is the password (it may hold ':').
 */
public record Credentials(String user, String password) {

    /**
     * @param file the password file
     * @param user the user name given separately, or null to take it from the file
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if the file is empty, or names no user and none is given
     */
    public static Credentials fromPasswordFile(Path file, String user) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " is empty");
        }
        String line = lines.get(0);
        if (user != null) {
            return new Credentials(user, line.startsWith(user + ":") ? line.substring(user.length() + 1) : line);
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "the password file " + file + " holds no user name (user:password): give --user");
        }
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
