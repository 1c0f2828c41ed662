package org.aimilestones.load;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;

/** Where the search index of a served dataset comes from. */
public sealed interface IndexHome {

    /** Made in memory from the data when the dataset is served. */
    IndexHome IN_MEMORY = new InMemory();

    /** Made in memory from the data when the dataset is served. */
    record InMemory() implements IndexHome {}

    /** Copied into memory from an index made beforehand from exactly the same triples (the bundled snapshot's). */
    record Prebuilt(StoredFile file) implements IndexHome {
        public Prebuilt {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Kept on disk in a folder of a persistent store, and reused at the next start while it matches the store's state;
     * made again from the data, with progress lines, when it does not (first start, a crash during a write, a store
     * changed by another program).
     *
     * @param storeDir the store's folder (a TDB2 store's, whose Data-NNNN files give its state)
     * @param progress where the progress lines of a rebuild go
     */
    record BesideStore(Path storeDir, PrintWriter progress) implements IndexHome {
        public BesideStore {
            Objects.requireNonNull(storeDir, "storeDir");
            Objects.requireNonNull(progress, "progress");
        }
    }
}
