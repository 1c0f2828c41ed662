package org.aimilestones.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the graph files are: a home folder holding ontology/ and queries/, and a data folder holding the *.ttl
 * data files. Either the copy bundled on the classpath (folder "ai-milestones/", in target/classes or inside the jar) or a
 * directory given with --data.
 */
public final class GraphSource {

    private static final String BUNDLE_MARKER = "/ai-milestones/ontology/ai-milestones.ttl";

    private final Lazy<Path> home;
    private final Lazy<Path> dataDir;
    private final String shownHome;
    private final String shownData;
    private final boolean bundled;

    private GraphSource(Lazy<Path> home, Lazy<Path> dataDir, String shownHome, String shownData, boolean bundled) {
        this.home = home;
        this.dataDir = dataDir;
        this.shownHome = shownHome;
        this.shownData = shownData;
        this.bundled = bundled;
    }

    /**
     * @return the copy inside the jar, or in target/classes when run from the build tree; the jar is opened as a file
     *         system (which reads its whole directory of entries) only when a file is first asked for
     */
    public static GraphSource bundled() {
        Lazy<Path> home = Lazy.of(GraphSource::bundledHome);
        return new GraphSource(home, Lazy.of(() -> home.get().resolve("data")), "", "data", true);
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
            return new GraphSource(Lazy.of(() -> dir), Lazy.of(() -> dir.resolve("data")), dir.toString(),
                    dir.resolve("data").toString(), false);
        }
        return new GraphSource(Lazy.of(GraphSource::bundledHome), Lazy.of(() -> dir), "", dir.toString(), false);
    }

    /** @return whether this is the bundled copy (not a --data folder) */
    public boolean isBundled() {
        return bundled;
    }

    /**
     * @return whether this is the bundled copy inside the jar, which the build packed together with the
     *         {@link Snapshot} it made from these very files
     */
    public boolean isPackedBundle() {
        return bundled && "jar".equals(bundleMarker().getProtocol());
    }

    /** @return ontology/ai-milestones.ttl */
    public Path ontologyFile() {
        return home.get().resolve("ontology").resolve("ai-milestones.ttl");
    }

    /** @return ontology/shapes.ttl, which may not exist */
    public Path shapesFile() {
        return home.get().resolve("ontology").resolve("shapes.ttl");
    }

    /** @return ontology/shapes-sparql.ttl, the SHACL-SPARQL shapes that SHACL Core cannot express; may not exist */
    public Path sparqlShapesFile() {
        return home.get().resolve("ontology").resolve("shapes-sparql.ttl");
    }

    /** @return every *.ttl file below the data folder, recursively, sorted by path; empty if there is no data folder */
    public List<Path> dataFiles() {
        if (!Files.isDirectory(dataDir.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataDir.get())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + shownData, e);
        }
    }

    /** @return the ontology file, then the data files: the files the graph is made of */
    public List<Path> graphFiles() {
        List<Path> files = new ArrayList<>(List.of(ontologyFile()));
        files.addAll(dataFiles());
        return files;
    }

    /** @return the total size in bytes of {@link #graphFiles()} */
    public long totalSize() throws IOException {
        long total = 0;
        for (Path file : graphFiles()) {
            total += Files.size(file);
        }
        return total;
    }

    /**
     * The one fingerprint of a source's files, which the bundled snapshot and a TDB2 store record to know whether they
     * were made from the same files.
     *
     * @return "{total size} {SHA-256 of each of {@link #graphFiles()} in order, each preceded by its size}"
     */
    public String fingerprint() throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        for (Path file : graphFiles()) {
            sha.update((Files.size(file) + "\n").getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return totalSize() + " " + HexFormat.of().formatHex(sha.digest());
    }

    /** @return the queries/ folder, which may not exist */
    public Path queriesDir() {
        return home.get().resolve("queries");
    }

    /** @return a short display name for p, e.g. "data/links.ttl", for messages */
    public String describe(Path p) {
        if (p.getFileSystem().equals(dataDir.get().getFileSystem()) && p.startsWith(dataDir.get())) {
            return join(shownData, dataDir.get().relativize(p));
        }
        if (p.getFileSystem().equals(home.get().getFileSystem()) && p.startsWith(home.get())) {
            return join(shownHome, home.get().relativize(p));
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
        return "GraphSource[home=" + home.get().toUri() + ", data=" + dataDir.get().toUri() + "]";
    }

    private static URL bundleMarker() {
        URL marker = GraphSource.class.getResource(BUNDLE_MARKER);
        if (marker == null) {
            throw new IllegalStateException("no bundled graph on the classpath (missing " + BUNDLE_MARKER + ")");
        }
        return marker;
    }

    private static Path bundledHome() {
        URL marker = bundleMarker();
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/ai-milestones");
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
