package org.aimilestones.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.aimilestones.load.GraphSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The --data DIR option, mixed into the top command and every subcommand. */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", converter = ExistingDirectory.class,
            description = "Read the graph from DIR instead of the bundled copy: a project-like root (with ontology/,"
                    + " data/, queries/), or a folder of data *.ttl files used with the bundled ontology and queries.")
    private Path dir;

    /** @return the directory given with --data, if any */
    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /**
     * Accepts only an existing directory with data files, so a bad --data is a usage error, never a graph of the
     * ontology alone served or exported as if it were the data.
     */
    static final class ExistingDirectory implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            if (!Files.isDirectory(path)) {
                throw new TypeConversionException("not a directory: " + value);
            }
            if (GraphSource.directory(path).dataFiles().isEmpty()) {
                boolean project = Files.isDirectory(path.resolve("ontology"));
                throw new TypeConversionException("no data files (*.ttl) in "
                        + (project ? path.resolve("data") : path) + ": give a folder of data *.ttl files, or a"
                        + " project folder with ontology/ and data/");
            }
            return path;
        }
    }
}
