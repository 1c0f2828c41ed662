package org.aimilestones.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file a command writes with --output: checked before any work is done, written as a partial file beside it and
 * moved onto it only once complete, so a failed run leaves the old file (or none). The file is created as any new
 * file is, under the user's umask (e.g. 0644 under umask 022).
 */
final class OutputFile {

    /** What is written into the file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final String shown;

    private OutputFile(Path target, String shown) {
        this.target = target;
        this.shown = shown;
    }

    /**
     * @param file    the file named with --output
     * @param example a file name to suggest when file is a directory, e.g. "ai-milestones.ttl"
     * @throws UserError (usage) if file is a directory or its folder does not exist; (failure) if the folder cannot
     *                   be written to
     */
    static OutputFile of(Path file, String example) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw UserError.usage("--output " + file + " is a directory: give a file name, e.g. --output "
                    + file.resolve(example));
        }
        Path folder = target.getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw UserError.usage("--output " + file + ": " + folder + " is a file, not a folder; give a file in a"
                    + " folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw UserError.usage("--output " + file + ": there is no folder " + folder + "; create it first"
                    + " (mkdir -p " + folder + ") or give a file in an existing folder");
        }
        if (!Files.isWritable(folder)) {
            throw UserError.failure("--output " + file + ": the folder " + folder + " cannot be written to"
                    + " (permission denied); give a file in a folder you may write to", null);
        }
        return new OutputFile(target, file.toString());
    }

    /** @return the absolute path of the file */
    Path path() {
        return target;
    }

    /**
     * Writes content into a partial file in the same folder and moves it onto the file once complete; the partial
     * file is removed if anything fails.
     *
     * @throws UserError (failure) naming the file if it cannot be written (permission denied, disk full, ...)
     */
    void write(Content content) {
        Path partial = createPartial();
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cannotClean) {
                // the partial file stays behind; the error above says why
            }
        }
    }

    /** A new empty file ".NAME.RANDOM.partial" beside the target, with the mode of any new file (umask applied). */
    private Path createPartial() {
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path partial = target.resolveSibling("." + target.getFileName() + "." + random + ".partial");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 10) {
                    throw cannotWrite(taken);
                }
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }
    }

    private UserError cannotWrite(IOException e) {
        return UserError.failure("cannot write --output " + shown + " (" + ErrorReport.reason(e) + "); give a file"
                + " in a folder"
                + " you may write to, on a disk with room", e);
    }
}
