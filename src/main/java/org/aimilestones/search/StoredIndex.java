package org.aimilestones.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.aimilestones.load.IndexHome;
import org.aimilestones.load.StoreState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index kept in a TDB2 store's folder ({@link IndexHome.BesideStore}), in {@value #DIR}: reused at the next
 * start while it matches the store, made again otherwise.
 *
 * <p>Each commit of the index records the store's state ({@link StoreState}). A write
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

    /** @return the store's state now ({@link StoreState}) */
    String storeState() {
        return StoreState.of(storeDir);
    }
}
