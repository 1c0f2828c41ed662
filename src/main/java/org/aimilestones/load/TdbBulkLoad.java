package org.aimilestones.load;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Streams an RDF file (N-Triples, Turtle, N-Quads, TriG, ... by its extension) into a TDB2 database with Jena's phased
 * bulk loader (the one that suits few cores), printing progress lines as it goes: triples parsed so far, triples/s, and
 * the percentage of the file read with an ETA of the parse; the loader's node table and indexes trail the parse and are
 * finished after it (one line says so), and the closing line gives the overall rate; the loader's own messages are not
 * shown. The data is added to what the database holds; a parse error stops the load, and the triples read before it
 * stay loaded (and indexed), so load into a fresh directory. A completed load appends a line to
 * {@value #LOADED_MARKER} in the directory.
 */
public final class TdbBulkLoad {

    /**
     * The file a load leaves in the database directory, one line per completed load (time, triples, file): ai-milestones serve
     * then serves the store as loaded and never rebuilds it from the ontology and data files.
     */
    public static final String LOADED_MARKER = "ai-milestones-loaded.txt";

    /** A progress line is printed every this many triples. */
    public static final long PROGRESS_EVERY = 250_000;

    /** The prefix of this tool's marker files ({@value #LOADED_MARKER}, the serve fingerprint). */
    public static final String MARKER_PREFIX = "ai-milestones-";

    /** The marker files a store's maker leaves: {tool}-loaded.txt (load) and {tool}-fingerprint.txt (serve). */
    private static final Pattern MARKER = Pattern.compile(
            "(.+)-(loaded|fingerprint)\\.txt");

    private TdbBulkLoad() {}

    /**
     * Refuses a TDB2 store made by this tool before it was renamed: its marker file has the former tool name, and its
     * triples use the former namespace, which no longer resolves to this project, so none of its IRIs would match.
     *
     * @throws LoadException naming the store and what to do (rebuild into a fresh directory)
     */
    public static void refuseFormerStore(Path dir) throws LoadException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            Optional<String> former = files.map(p -> p.getFileName().toString())
                    .filter(f -> MARKER.matcher(f).matches() && !f.startsWith(MARKER_PREFIX)).sorted().findFirst();
            if (former.isPresent()) {
                throw new LoadException(dir.toString(), -1, -1, "a TDB2 store built by this tool under its former"
                        + " name and namespace (marker file " + former.get() + "), whose IRIs no longer match the"
                        + " graph; rebuild it into a fresh directory with 'ai-milestones load --tdb2 NEWDIR FILE' or"
                        + " 'ai-milestones serve --tdb2 NEWDIR'", null);
            }
        } catch (IOException e) {
            throw new LoadException(dir.toString(), -1, -1, "cannot read: " + e, e);
        }
    }

    /**
     * Loads dataFile into the TDB2 database in tdb2Dir (created if missing).
     *
     * @param progress where the progress lines go
     * @return the number of triples and quads the loader received
     * @throws LoadException if the file cannot be read, its syntax is not known, or it does not parse
     */
    public static long load(Path dataFile, Path tdb2Dir, PrintWriter progress) throws LoadException {
        String shown = dataFile.toString();
        Lang lang = RDFLanguages.filenameToLang(shown);
        if (lang == null) {
            throw new LoadException(shown, -1, -1, "unknown RDF syntax (expected .nt, .ttl, .nq, .trig, ...)", null);
        }
        refuseFormerStore(tdb2Dir);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(tdb2Dir.toString());
        // the loader's own lines (its phases and each index, in Jena's words) are not shown: progress is this class's
        MonitorOutput silent = (format, args) -> { };
        DataLoader loader = LoaderFactory.phasedLoader(dataset, silent);
        try (CountingInputStream in = new CountingInputStream(Files.newInputStream(dataFile))) {
            long size = Math.max(1, Files.size(dataFile));
            ProgressMonitor monitor = new ProgressMonitor(progress, "loaded", PROGRESS_EVERY,
                    triples -> (double) in.bytes / size);
            loader.startBulk();
            monitor.start();
            try {
                RDFParser.source(new BufferedInputStream(in, 1 << 16)).lang(lang).base(dataFile.toUri().toString())
                        .errorHandler(new ThrowingErrorHandler()).parse(monitor.ticking(loader.stream()));
            } catch (ThrowingErrorHandler.ParseError | RiotException e) {
                loader.finishBulk(); // indexes what was read before the error, so the database stays consistent
                throw e;
            }
            progress.printf(Locale.ROOT, "parsed %,d triples; building the indexes%n", monitor.triples());
            progress.flush();
            loader.finishBulk();
            monitor.finish();
            long count = loader.countTriples() + loader.countQuads();
            Files.writeString(tdb2Dir.resolve(LOADED_MARKER), String.format(Locale.ROOT, "%s %d triples from %s%n",
                    Instant.now(), count, dataFile.toAbsolutePath()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return count;
        } catch (ThrowingErrorHandler.ParseError | RiotException | IOException e) {
            throw LoadException.of(shown, dataFile, e);
        }
    }

    /** An input stream that counts the bytes read through it, for the percentage done. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long bytes;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
