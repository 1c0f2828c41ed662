package org.aimilestones.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.aimilestones.export.Exporter;
import org.aimilestones.vocab.Release;
import org.apache.jena.graph.Graph;

/**
 * The one way the dumps' bytes are made, for both the downloads ({@link DumpServlet}) and the byte sizes in the dataset
 * description ({@link DatasetDescription}): each dump is serialized once per data version and kept with its gzip,
 * ETag and Last-Modified (up to {@link #KEEP_BYTES} per dump; a larger one is only measured and hashed, and written
 * again when downloaded). The copy of the release is the dump of the data as served at start: kept once made, it no
 * longer exists if updates changed the data before it was made (or, for a dump too large to keep, at all).
 */
final class DumpFiles {

    /** The release whose immutable copies are served under /dumps/{RELEASE}/ beside the latest (pom.xml's version). */
    static final String RELEASE = Release.VERSION;
    /** The most bytes of one dump kept in memory. */
    static final long KEEP_BYTES = 64L << 20;

    /** One served file: its path under /dumps/ and the dump it holds. */
    record File(String path, DumpServlet.Dump dump) {}

    /**
     * The bytes of a dump at a data version: all of them (and their gzip), or only their number if there were too
     * many to keep; with the ETag (start of their SHA-256) and when this data version was first served.
     */
    record Rendered(long version, long length, byte[] bytes, byte[] gzip, String etag, Instant lastModified) {
        Optional<byte[]> kept() {
            return Optional.ofNullable(bytes);
        }
    }

    private final ServedData data;
    private final Map<DumpServlet.Dump, Rendered> rendered = new ConcurrentHashMap<>();
    private final Map<DumpServlet.Dump, Rendered> releaseCopies = new ConcurrentHashMap<>();
    private final long startVersion;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    DumpFiles(ServedData data) {
        this.data = data;
        this.startVersion = data.served().version();
    }

    /**
     * @return the release's copy of the dump: the data as served at start, made now if the data is still so; empty if
     *         updates changed the data before it was made, or it is too large to keep
     */
    Optional<Rendered> releaseCopy(DumpServlet.Dump dump) {
        Rendered copy = releaseCopies.get(dump);
        if (copy != null) {
            return Optional.of(copy);
        }
        Rendered now = render(dump);
        return now.version() == startVersion && now.kept().isPresent()
                ? Optional.of(releaseCopies.computeIfAbsent(dump, d -> now)) : Optional.empty();
    }

    /** @return every file under /dumps/: the latest ones, then the copies of release {@link #RELEASE} */
    static List<File> files() {
        List<File> files = new ArrayList<>();
        DumpServlet.DUMPS.forEach(d -> files.add(new File(d.file(), d)));
        DumpServlet.DUMPS.forEach(d -> files.add(new File(RELEASE + "/" + d.file(), d)));
        return List.copyOf(files);
    }

    /** @return the file at path under /dumps/ (e.g. "ai-milestones.ttl", "0.2.0/ai-milestones.nt") */
    static Optional<File> file(String path) {
        return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** @return the dump's bytes (or length) for the data as it is now, serialized once per data version */
    Rendered render(DumpServlet.Dump dump) {
        long version = data.served().version();
        Rendered current = rendered.get(dump);
        if (current != null && current.version() == version) {
            return current;
        }
        synchronized (this) {
            current = rendered.get(dump);
            if (current != null && current.version() == version) {
                return current;
            }
            Capped out = new Capped(KEEP_BYTES);
            MessageDigest digest = sha256();
            write(dump, new DigestOutputStream(out, digest));
            byte[] bytes = out.overflowed ? null : out.toByteArray();
            Instant modified = version == startVersion ? started : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Rendered fresh = new Rendered(version, out.total, bytes, bytes == null ? null : gzip(bytes),
                    "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"", modified);
            rendered.put(dump, fresh);
            if (version == startVersion && bytes != null) {
                releaseCopies.putIfAbsent(dump, fresh);
            }
            return fresh;
        }
    }

    /** Writes the dump's bytes to out: the kept ones, or serialized afresh if they were too many to keep. */
    void writeTo(DumpServlet.Dump dump, OutputStream out) throws IOException {
        Optional<byte[]> kept = render(dump).kept();
        if (kept.isPresent()) {
            out.write(kept.get());
        } else {
            write(dump, out);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    void write(DumpServlet.Dump dump, OutputStream out) {
        Graph graph = dump.inferred() ? data.inferred() : data.asserted();
        try {
            Exporter.write(graph, dump.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts every byte written and keeps them until there are more than a limit. */
    private static final class Capped extends ByteArrayOutputStream {
        private final long limit;
        private long total;
        private boolean overflowed;

        Capped(long limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            total++;
            if (!overflow(1)) {
                super.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            total += len;
            if (!overflow(len)) {
                super.write(b, off, len);
            }
        }

        private boolean overflow(int more) {
            if (!overflowed && size() + (long) more > limit) {
                overflowed = true;
                reset();
            }
            return overflowed;
        }
    }
}
