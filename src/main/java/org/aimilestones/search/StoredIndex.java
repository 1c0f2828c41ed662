package org.aimilestones.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aimilestones.load.IndexHome;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index kept in a TDB2 store's folder ({@link IndexHome.BesideStore}), in {@value #DIR}: reused at the next
 * start while it matches the store, made again otherwise.
 *
 * <p>Each commit of the index records the store's state (a hash of its files' names and sizes and of its small state
 * files, which every committed write to a TDB2 store changes: the B+tree roots and the node file's length). A write
 * first makes the marker file {@value #WRITING}, then commits the index's changes (first phase), the store and the
 * index with the store's new state, and removes the marker. So the index is reused only when the marker is absent and
 * its recorded state is the store's: a {@code kill -9} anywhere in a write, or a store changed by another program, or
 * compacted, or an index of another format, makes it again, from the store, with progress lines.
 */
final class StoredIndex implements LuceneIndex.Durability {

    /** The index's folder in the store's folder. */
    static final String DIR = "ai-milestones-text-index";
    /** The marker that a write is under way, in the store's folder. */
    static final String WRITING = "ai-milestones-text-index.writing";
    private static final String STATE = "ai-milestones-store-state";
    private static final String FORMAT = "ai-milestones-index-format";
    /** The store's files read whole into its state: B+tree roots (.bpt) and object files' lengths (.bdf). */
    private static final int SMALL = 64;

    private final Path storeDir;
    private final Path indexDir;
    private final Path marker;
    private final PrintWriter progress;
    private final String format;
    private volatile boolean rebuilding;

    StoredIndex(IndexHome.BesideStore home, String format) {
        this.storeDir = home.storeDir();
        this.indexDir = storeDir.resolve(DIR);
        this.marker = storeDir.resolve(WRITING);
        this.progress = home.progress();
        this.format = format;
    }

    /**
     * Opens the index's folder: as it is if it matches the store, else emptied, with the marker made, for {@link
     * #rebuilding()} to be filled from the store.
     */
    Directory open() {
        try {
            rebuilding = !reusable();
            if (rebuilding) {
                writing();
                deleteIndexFiles();
            }
            Files.createDirectories(indexDir);
            return FSDirectory.open(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** @return whether {@link #open()} emptied the index, which must be filled from the store */
    boolean rebuilding() {
        return rebuilding;
    }

    /** @return where the progress lines of a rebuild go */
    PrintWriter progress() {
        return progress;
    }

    private boolean reusable() {
        if (Files.exists(marker) || !Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            Map<String, String> recorded = SegmentInfos.readLatestCommit(directory).getUserData();
            return format.equals(recorded.get(FORMAT)) && storeState().equals(recorded.get(STATE));
        } catch (IOException | RuntimeException unreadable) {
            return false; // made again
        }
    }

    private void deleteIndexFiles() throws IOException {
        if (Files.isDirectory(indexDir)) {
            try (Stream<Path> files = Files.list(indexDir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public void writing() {
        try {
            if (Files.notExists(marker)) {
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> committed() {
        return Map.of(FORMAT, format, STATE, storeState());
    }

    @Override
    public void settled() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + storeDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return a hash of the store's Data-NNNN folders: each file's name and size (not the lock or the journal, which
     *         an open or a recovery changes) and the bytes of its small state files
     */
    String storeState() {
        try (Stream<Path> folders = Files.list(storeDir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> data = folders.filter(p -> p.getFileName().toString().startsWith("Data-"))
                    .filter(Files::isDirectory).sorted().toList();
            for (Path folder : data) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.equals("tdb.lock") || name.endsWith(".jrnl")) {
                            continue;
                        }
                        long size = Files.size(file);
                        sha.update((folder.getFileName() + "/" + name + " " + size + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                        if (size <= SMALL) {
                            sha.update(Files.readAllBytes(file));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store in " + storeDir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
