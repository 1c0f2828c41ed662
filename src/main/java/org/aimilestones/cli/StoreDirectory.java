package org.aimilestones.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory of a TDB2 store given with --tdb2: made if missing, and checked to be one the user may write in. */
final class StoreDirectory {

    private StoreDirectory() {}

    /**
     * Creates dir (and its missing parents) if it does not exist, and checks that a file can be created in it (a
     * store writes its files and a lock file there, even when it is only read).
     *
     * @return dir
     * @throws UserError (usage) if dir is a file; (failure) if it cannot be created or written in
     */
    static Path prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw UserError.usage("--tdb2 " + dir + " is a file, not a directory: give a directory (a new one is"
                    + " created)");
        }
        for (Path above = dir.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw UserError.usage("--tdb2 " + dir + ": " + above + " is a file, not a directory; give a"
                            + " directory (a new one is created)");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw UserError.failure("--tdb2 " + dir + ": cannot create the directory (" + ErrorReport.reason(e)
                    + "); give a"
                    + " directory you may write to", e);
        }
        try {
            Files.delete(Files.createTempFile(dir, ".ai-milestones-write-check", ".tmp"));
        } catch (IOException e) {
            throw UserError.failure("--tdb2 " + dir + ": cannot write in the directory (" + ErrorReport.reason(e)
                    + "); give a"
                    + " directory you may write to", e);
        }
        return dir;
    }
}
