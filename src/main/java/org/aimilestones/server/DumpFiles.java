package org.aimilestones.server;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.aimilestones.export.Exporter;
import org.aimilestones.load.StoredFile;
import org.apache.jena.graph.Graph;

/**
 * The one way the dumps' bytes are made, for both the downloads ({@link DumpServlet}) and the byte sizes in the dataset
 * description ({@link DatasetDescription}): each dump is serialized once per data version, straight into its gzip, and
 * kept with its length, ETag and Last-Modified. Only the gzip is kept (about a tenth of the bytes): in memory up to
 * {@link #KEEP_BYTES}, a larger one in a temporary file, deleted when the next version is made or the server stops; a
 * download that does not accept gzip is decompressed as it is sent. So a download never serializes the data again,
 * and the uncompressed dumps never sit in the heap. The bundled graph, served read-only, starts with the dumps the
 * build wrote into its snapshot ({@link BundledDumps}): nothing is serialized at start. The copies of the releases
 * under /dumps/{version}/ are the frozen files of {@link ReleaseArchive}, never the data as served: a release has
 * copies once it is cut.
 */
final class DumpFiles {

    /**
     * The most gzip bytes of one dump kept in memory: a dump of a graph the size of the decade's goes to a file, whose
     * bytes the operating system caches outside the server's resident memory.
     */
    static final long KEEP_BYTES = 64L << 10;

    /** One served file: its path under /dumps/ and the dump it holds. */
    record File(String path, DumpServlet.Dump dump) {}

    /** Where the gzip of a dump is: in memory, in a temporary file, or in the jar (a release's frozen file). */
    interface Gzip {
        /** @return the gzip's bytes, from the start */
        InputStream open() throws IOException;

        /** @return the number of gzip bytes */
        long length() throws IOException;

        /** @return the temporary file holding it, if it is one */
        default Optional<Path> file() {
            return Optional.empty();
        }

        static Gzip kept(byte[] bytes) {
            return new Gzip() {
                public InputStream open() {
                    return new ByteArrayInputStream(bytes);
                }

                public long length() {
                    return bytes.length;
                }
            };
        }

        static Gzip inFile(Path path) {
            return new Gzip() {
                public InputStream open() throws IOException {
                    return Files.newInputStream(path);
                }

                public long length() throws IOException {
                    return Files.size(path);
                }

                public Optional<Path> file() {
                    return Optional.of(path);
                }
            };
        }
    }

    /**
     * A dump at a data version: where its gzip is, the number of bytes it decompresses to, the ETag (the start of a
     * SHA-256: of those bytes for a dump serialized here, of the gzip for one made beforehand) and when this data
     * version was first served.
     */
    record Rendered(long version, long length, Gzip gzip, String etag, Instant lastModified) {
        /** Writes the gzip to out, as it is. */
        void writeGzipTo(OutputStream out) throws IOException {
            try (InputStream in = gzip.open()) {
                in.transferTo(out);
            }
        }

        /** Writes the dump's bytes to out, decompressed. */
        void writeTo(OutputStream out) throws IOException {
            try (InputStream in = new GZIPInputStream(gzip.open(), 1 << 16)) {
                in.transferTo(out);
            }
        }
    }

    /** What {@link #render} makes, in messages. */
    static final String WHAT = "the dumps";

    private final ServedData data;
    private final Map<DumpServlet.Dump, PerVersion<Rendered>> rendered = new ConcurrentHashMap<>();
    private final Map<String, Rendered> releaseCopies = new ConcurrentHashMap<>();
    private final Object serializing = new Object();
    private final Map<DumpServlet.Dump, Path> spilled = new ConcurrentHashMap<>();
    private final long startVersion;
    private final long keepBytes;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    DumpFiles(ServedData data) {
        this(data, KEEP_BYTES);
    }

    /** @param keepBytes the most bytes of one dump kept in memory (more go to a temporary file) */
    DumpFiles(ServedData data, long keepBytes) {
        this.data = data;
        this.keepBytes = keepBytes;
        this.startVersion = data.served().version();
    }

    /** @return the frozen copy of a file under /dumps/{version}/, if this build holds that release */
    Optional<Rendered> releaseCopy(File file) {
        return ReleaseArchive.entry(file.path())
                .map(entry -> releaseCopies.computeIfAbsent(file.path(), p -> frozen(entry)));
    }

    /**
     * @return the number of bytes of file if it is known without serializing the data: a release's frozen copy, or a
     *         latest dump the build made (the bundled graph served read-only); the dumps of other data, which may be
     *         large or change with every update, are serialized only when first downloaded
     */
    Optional<Long> knownByteSize(File file) {
        Optional<Rendered> frozen = releaseCopy(file);
        if (frozen.isPresent()) {
            return Optional.of(frozen.get().length());
        }
        boolean built = data.served().version() == startVersion && data.storedDump(file.dump().file()).isPresent();
        return built ? Optional.of(render(file.dump()).length()) : Optional.empty();
    }

    /** A release's frozen file: read from the jar at each download; only its length and ETag are kept. */
    private static Rendered frozen(ReleaseArchive.Entry entry) {
        return stored(() -> ReleaseArchive.gzipped(entry), "frozen dump " + entry.path(), -1,
                entry.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /**
     * A gzip made beforehand (a release's frozen file, or a dump the build wrote into the snapshot), read where it is
     * at each download. Its length and ETag are all that is kept, and both come from the gzip itself, without
     * decompressing it: the number of bytes it holds is the ISIZE of the gzip format's trailer (these are single-member
     * gzips of less than 4 GiB, made by {@link GZIPOutputStream}), the ETag the start of the gzip's SHA-256.
     */
    private static Rendered stored(StoredFile file, String what, long version, Instant modified) {
        MessageDigest digest = ETags.sha256();
        byte[] last = new byte[4];
        long read = 0;
        try (InputStream in = new DigestInputStream(file.open(), digest)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; read += n) {
                if (n >= 4) {
                    System.arraycopy(buffer, n - 4, last, 0, 4);
                } else { // keep the last four bytes across reads
                    System.arraycopy(last, n, last, 0, 4 - n);
                    System.arraycopy(buffer, 0, last, 4 - n, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what, e);
        }
        if (read < 18) { // a gzip's header and trailer alone take 18 bytes
            throw new IllegalStateException(what + " is not a gzip file (" + read + " bytes)");
        }
        long length = (last[0] & 0xffL) | (last[1] & 0xffL) << 8 | (last[2] & 0xffL) << 16 | (last[3] & 0xffL) << 24;
        long gzipLength = read;
        Gzip gzip = new Gzip() {
            public InputStream open() throws IOException {
                return file.open();
            }

            public long length() {
                return gzipLength;
            }
        };
        return new Rendered(version, length, gzip, ETags.of("", digest),
                modified);
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

    /**
     * @return the dump's bytes (or length) for the data as it is now, serialized once per data version (in its own
     *         thread; see {@link PerVersion})
     */
    Rendered render(DumpServlet.Dump dump) {
        return rendered.computeIfAbsent(dump, d -> PerVersion.overWholeGraph(WHAT, data::served,
                version -> serialize(d, version))).get();
    }

    /** @return how many times dumps were serialized (for tests: once per dump and data version) */
    long computations() {
        return rendered.values().stream().mapToLong(PerVersion::computations).sum();
    }

    private Rendered serialize(DumpServlet.Dump dump, long version) {
        synchronized (serializing) { // one at a time: each holds a copy of the graph
            return serializeNow(dump, version);
        }
    }

    private Rendered serializeNow(DumpServlet.Dump dump, long version) {
        if (version == startVersion) {
            Optional<StoredFile> built = data.storedDump(dump.file());
            if (built.isPresent()) { // the bundled graph, as the build wrote its dumps
                return stored(built.get(), "the snapshot's dump " + dump.file(), version, started);
            }
        }
        Path old = spilled.remove(dump);
        if (old != null) {
            deleteQuietly(old); // a download still reading it reads on (Linux); only the name is gone
        }
        MessageDigest digest = ETags.sha256();
        try (Spilling gz = new Spilling(keepBytes, dump.file() + ".gz")) {
            GZIPOutputStream zip = new GZIPOutputStream(gz, 1 << 16);
            CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(zip, digest));
            write(dump, counted);
            counted.flush();
            zip.finish();
            gz.flush();
            if (gz.file != null) {
                spilled.put(dump, gz.file);
            }
            Instant modified = version == startVersion ? started : Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new Rendered(version, counted.count, gz.file == null ? Gzip.kept(gz.toByteArray())
                    : Gzip.inFile(gz.file),
                    ETags.of("", digest), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump " + dump.file() + " to a temporary file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Deletes the temporary files of dumps too large to keep in memory. */
    void close() {
        spilled.values().forEach(DumpFiles::deleteQuietly);
        spilled.clear();
    }

    void write(DumpServlet.Dump dump, OutputStream out) {
        write(dump, dump.inferred() ? data.inferred() : data.asserted(), out);
    }

    /** Writes the dump of graph (the asserted or the served triples, as dump says) to out: the one serializer. */
    static void write(DumpServlet.Dump dump, Graph graph, OutputStream out) {
        try {
            Exporter.write(graph, dump.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush(); // the gzip is finished by the caller, whatever the writer closes
        }
    }

    /**
     * Counts every byte written and keeps them in memory up to a limit; past it, they (all of them) go to a temporary
     * file instead.
     */
    private static final class Spilling extends OutputStream {
        private final long limit;
        private final String name;
        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private OutputStream spill;
        private Path file;
        private long total;

        Spilling(long limit, String name) {
            this.limit = limit;
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            total += len;
            if (spill == null && memory.size() + (long) len > limit) {
                file = Files.createTempFile("ai-milestones-", "-" + name);
                file.toFile().deleteOnExit();
                spill = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(spill);
                memory = null;
            }
            if (spill != null) {
                spill.write(b, off, len);
            } else {
                memory.write(b, off, len);
            }
        }

        byte[] toByteArray() {
            return memory.toByteArray();
        }

        @Override
        public void flush() throws IOException {
            if (spill != null) {
                spill.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (spill != null) {
                spill.close();
            }
        }
    }
}
