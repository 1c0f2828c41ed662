package org.aikg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the graph files are: a home folder holding ontology/ and queries/, and a data folder holding the *.ttl
 * data files. Either the copy bundled on the classpath (folder "aikg/", in target/classes or inside the jar) or a
 * directory given with --data.
 */
public final class GraphSource {

    private static final String BUNDLE_MARKER = "/aikg/ontology/aikg.ttl";

    private final Path home;
    private final Path dataDir;
    private final String shownHome;
    private final String shownData;

    private GraphSource(Path home, Path dataDir, String shownHome, String shownData) {
        this.home = home;
        this.dataDir = dataDir;
        this.shownHome = shownHome;
        this.shownData = shownData;
    }

    /** @return the copy inside the jar, or in target/classes when run from the build tree */
    public static GraphSource bundled() {
        Path home = bundledHome();
        return new GraphSource(home, home.resolve("data"), "", "data");
    }

    /**
     * @param dir a project-like root (it has an ontology/ sub-folder, next to data/ and queries/), or else a data
     *            folder whose *.ttl files are loaded with the bundled ontology and queries
     * @throws IllegalArgumentException if dir is not a directory
     */
    public static GraphSource directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        if (Files.isDirectory(dir.resolve("ontology"))) {
            return new GraphSource(dir, dir.resolve("data"), dir.toString(), dir.resolve("data").toString());
        }
        return new GraphSource(bundledHome(), dir, "", dir.toString());
    }

    /** @return ontology/aikg.ttl */
    public Path ontologyFile() {
        return home.resolve("ontology").resolve("aikg.ttl");
    }

    /** @return ontology/shapes.ttl, which may not exist */
    public Path shapesFile() {
        return home.resolve("ontology").resolve("shapes.ttl");
    }

    /** @return every *.ttl file below the data folder, recursively, sorted by path; empty if there is no data folder */
    public List<Path> dataFiles() {
        if (!Files.isDirectory(dataDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + shownData, e);
        }
    }

    /** @return the queries/ folder, which may not exist */
    public Path queriesDir() {
        return home.resolve("queries");
    }

    /** @return a short display name for p, e.g. "data/2012-2014-events.ttl", for messages */
    public String describe(Path p) {
        if (p.getFileSystem().equals(dataDir.getFileSystem()) && p.startsWith(dataDir)) {
            return join(shownData, dataDir.relativize(p));
        }
        if (p.getFileSystem().equals(home.getFileSystem()) && p.startsWith(home)) {
            return join(shownHome, home.relativize(p));
        }
        return p.toString();
    }

    private static String join(String shownBase, Path relative) {
        String rel = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        if (shownBase.isEmpty()) {
            return rel;
        }
        return Path.of(shownBase).resolve(rel).normalize().toString();
    }

    @Override
    public String toString() {
        return "GraphSource[home=" + home.toUri() + ", data=" + dataDir.toUri() + "]";
    }

    /** @return the bundled {@link Snapshot} folder, if the build made one */
    static Optional<Path> bundledSnapshot() {
        Path dir = bundledHome().resolve(Snapshot.FOLDER);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private static Path bundledHome() {
        URL marker = GraphSource.class.getResource(BUNDLE_MARKER);
        if (marker == null) {
            throw new IllegalStateException("no bundled graph on the classpath (missing " + BUNDLE_MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/aikg");
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled graph at " + marker, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
