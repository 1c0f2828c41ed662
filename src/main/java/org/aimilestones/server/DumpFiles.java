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
import org.apache.jena.graph.Graph;

/**
 * The one way the dumps' bytes are made, for both the downloads ({@link DumpServlet}) and the byte sizes in the dataset
 * description ({@link DatasetDescription}): each dump is serialized once per data version and kept with its gzip,
 * ETag and Last-Modified (up to {@link #KEEP_BYTES} per dump; a larger one is only measured and hashed, and written
 * again when downloaded). The copies of the releases under /dumps/{version}/ are the frozen files of
 * {@link ReleaseArchive}, never the data as served: a release has copies once it is cut.
 */
final class DumpFiles {

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
    private final Map<String, Rendered> releaseCopies = new ConcurrentHashMap<>();
    private final long startVersion;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    DumpFiles(ServedData data) {
        this.data = data;
        this.startVersion = data.served().version();
    }

    /** @return the frozen copy of a file under /dumps/{version}/, if this build holds that release */
    Optional<Rendered> releaseCopy(File file) {
        return ReleaseArchive.entry(file.path())
                .map(entry -> releaseCopies.computeIfAbsent(file.path(), p -> frozen(entry)));
    }

    /** @return the number of bytes of file: the latest dump now, or the release's frozen copy */
    long byteSize(File file) {
        return releaseCopy(file).map(Rendered::length).orElseGet(() -> render(file.dump()).length());
    }

    private static Rendered frozen(ReleaseArchive.Entry entry) {
        byte[] gzip = ReleaseArchive.gzipped(entry);
        byte[] bytes;
        try {
            bytes = ReleaseArchive.gunzip(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("frozen dump " + entry.path() + " does not decompress", e);
        }
        return new Rendered(-1, bytes.length, bytes, gzip, "\"" + ReleaseArchive.sha256(bytes).substring(0, 32) + "\"",
                entry.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /** @return every file under /dumps/: the latest ones, then the frozen copies of each release */
    static List<File> files() {
        List<File> files = new ArrayList<>();
        DumpServlet.DUMPS.forEach(d -> files.add(new File(d.file(), d)));
        for (ReleaseArchive.Entry e : ReleaseArchive.entries()) {
            DumpServlet.DUMPS.stream().filter(d -> d.file().equals(e.file()))
                    .forEach(d -> files.add(new File(e.path(), d)));
        }
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
