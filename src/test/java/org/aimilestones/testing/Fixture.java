package org.aimilestones.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** Builds throw-away graph folders for tests from the real ontology and the fixture data under test resources. */
public final class Fixture {

    /** The real ontology of the project, read from the project directory (the test working directory). */
    public static final Path ONTOLOGY = Path.of("ontology", "ai-milestones.ttl");

    private Fixture() {}

    /** Creates dir/ontology/ai-milestones.ttl (the real one), dir/data/** and dir/queries/** (the fixtures); returns dir. */
    public static Path projectRoot(Path dir) {
        try {
            Files.createDirectories(dir.resolve("ontology"));
            Files.copy(ONTOLOGY, dir.resolve("ontology/ai-milestones.ttl"));
            copyTree(fixture().resolve("data"), dir.resolve("data"));
            copyTree(fixture().resolve("queries"), dir.resolve("queries"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates dir holding only the fixture data files (no ontology/ folder); returns dir. */
    public static Path dataOnly(Path dir) {
        copyTree(fixture().resolve("data"), dir);
        return dir;
    }

    /** Writes text to dir/relative, creating folders; returns the file. */
    public static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixture() {
        try {
            return Path.of(Fixture.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the tree from into to (folders made as needed). */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
