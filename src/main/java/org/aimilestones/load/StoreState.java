package org.aimilestones.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The state of a TDB2 store as its files show it, for what is kept beside the store and reused while it matches (the
 * search index, the whole graph's figures): a hash of each Data-NNNN file's name and size (not the lock or the
 * journal, which an open or a recovery changes) and of the bytes of its small state files. Every committed write to a
 * TDB2 store changes it (the B+tree roots and the node file's length), as does a compaction or another program's write.
 */
public final class StoreState {

    /** The store's files read whole into its state: B+tree roots (.bpt) and object files' lengths (.bdf). */
    private static final int SMALL = 64;

    private StoreState() {}

    /**
     * @return the state of the store in storeDir, as hex
     * @throws UncheckedIOException if the store's files cannot be read
     */
    public static String of(Path storeDir) {
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
