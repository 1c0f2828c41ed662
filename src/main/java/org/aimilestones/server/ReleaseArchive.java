package org.aimilestones.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.aimilestones.export.Exporter;
import org.apache.jena.graph.Graph;

/**
 * The frozen dumps of the releases: {@code data/releases/{version}/{dump}.gz}, each listed in
 * {@code data/releases/releases.tsv} with its release date and the SHA-256 of the .gz file. They are written once, by
 * {@code ai-milestones release}, and never changed (ReleasesTest checks every file against its SHA-256); the server
 * answers /dumps/{version}/{dump} from them, as the build bundled them in the jar, whatever data it serves.
 */
public final class ReleaseArchive {

    /** Where the releases are, in the project and (under the bundle's folder) on the classpath. */
    public static final String FOLDER = "data/releases";
    /** The list of frozen files: version, date, file, SHA-256 of the .gz, tab-separated, "#" comments. */
    public static final String LIST = "releases.tsv";
    private static final String BUNDLED = "/ai-milestones/" + FOLDER + "/";

    /** One frozen dump: its release, the release's date, the dump's file name and the SHA-256 of its .gz. */
    public record Entry(String version, LocalDate date, String file, String sha256) {
        /** @return its path under /dumps/ and under data/releases/ (without .gz), e.g. "0.2.0/ai-milestones.ttl" */
        public String path() {
            return version + "/" + file;
        }
    }

    private static final List<Entry> ENTRIES = read();

    private ReleaseArchive() {}

    /** @return the frozen dumps bundled with this build, in the list's order */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** @return the frozen dump at path ("0.2.0/ai-milestones.ttl"), if this build has it */
    static Optional<Entry> entry(String path) {
        return ENTRIES.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** @return the .gz bytes of a bundled frozen dump, as the jar holds them, to be read and closed */
    static InputStream gzipped(Entry entry) {
        InputStream in = ReleaseArchive.class.getResourceAsStream(BUNDLED + entry.path() + ".gz");
        if (in == null) {
            throw new IllegalStateException(FOLDER + "/" + LIST + " lists " + entry.path()
                    + ".gz, which the build did not bundle");
        }
        return in;
    }

    /** @return bytes decompressed */
    public static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    /** @return the SHA-256 of bytes, in lower-case hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /**
     * Freezes a release: writes every dump of {@link DumpServlet#DUMPS} of the given graphs, gzip-compressed, to
     * {releases}/{version}/ and adds their lines to {releases}/releases.tsv.
     *
     * @param releases the project's data/releases folder
     * @return the files written
     * @throws IOException           on a write error
     * @throws IllegalStateException if the version is frozen already (a release never changes)
     */
    public static List<Path> freeze(Graph asserted, Graph inferred, Path releases, String version, LocalDate date)
            throws IOException {
        Path dir = releases.resolve(version);
        Path list = releases.resolve(LIST);
        if (Files.exists(dir) || Files.isRegularFile(list)
                && Files.readAllLines(list).stream().anyMatch(l -> l.startsWith(version + "\t"))) {
            throw new IllegalStateException("release " + version + " is frozen already (" + dir + "); a release"
                    + " never changes: set the next version in pom.xml first");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        StringBuilder lines = new StringBuilder(Files.isRegularFile(list) ? ""
                : "# The frozen dumps of each release (written by `ai-milestones release`, never changed): version, date,"
                        + " file, SHA-256 of the .gz\n");
        for (DumpServlet.Dump dump : DumpServlet.DUMPS) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (OutputStream zip = new GZIPOutputStream(gz)) {
                Exporter.write(dump.inferred() ? inferred : asserted, dump.format(), zip);
            }
            Path file = dir.resolve(dump.file() + ".gz");
            Files.write(file, gz.toByteArray(), StandardOpenOption.CREATE_NEW);
            written.add(file);
            lines.append(version).append('\t').append(date).append('\t').append(dump.file()).append('\t')
                    .append(sha256(gz.toByteArray())).append('\n');
        }
        Files.writeString(list, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return written;
    }

    private static List<Entry> read() {
        try (InputStream in = ReleaseArchive.class.getResourceAsStream(BUNDLED + LIST)) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the entries of a releases.tsv text */
    public static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException(LIST + ": not version, date, file, sha256: " + line);
            }
            entries.add(new Entry(f[0], LocalDate.parse(f[1]), f[2], f[3]));
        }
        return List.copyOf(entries);
    }
}
