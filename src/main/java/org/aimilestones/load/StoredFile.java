package org.aimilestones.load;

import java.io.IOException;
import java.io.InputStream;

/** A file made beforehand (e.g. at build time, shipped in the jar), opened when it is read. */
@FunctionalInterface
public interface StoredFile {

    /** @return a fresh stream of the file's bytes, for the caller to close */
    InputStream open() throws IOException;
}
