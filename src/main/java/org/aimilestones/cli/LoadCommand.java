package org.aimilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aimilestones.load.LoadException;
import org.aimilestones.load.TdbBulkLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** ai-milestones load: bulk-loads an RDF file into a TDB2 database, printing progress, rate and ETA. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk-load an RDF file (.nt, .ttl, .nq, .trig, ...; e.g. the output of ai-milestones generate) into the"
                + " TDB2 database in DIR, created if missing; the data is added to what it holds. Prints triples"
                + " loaded, triples/s and an ETA while loading. A parse error stops the load (exit 1) and leaves what"
                + " was loaded before it: load into a fresh directory. ai-milestones serve --tdb2 DIR then serves the store"
                + " as loaded (marker file ai-milestones-loaded.txt), never rebuilding it from the ontology and data files.")
public final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--tdb2", paramLabel = "DIR", required = true, description = "The TDB2 database directory.")
    private Path tdb2;

    @Parameters(paramLabel = "FILE", converter = ExistingFile.class, description = "The RDF file to load.")
    private Path file;

    /** Loads the file; what goes wrong (a parse error: "file:line:col: message", exit 1) {@link ErrorReport} says. */
    @Override
    public Integer call() throws LoadException {
        PrintWriter out = spec.commandLine().getOut();
        long loaded = TdbBulkLoad.load(file, StoreDirectory.prepare(tdb2), out);
        out.printf(Locale.ROOT, "%,d triples from %s are in the TDB2 database %s%n", loaded, file, tdb2);
        out.flush();
        return Main.EXIT_OK;
    }

    /** Accepts only an existing regular file, so a missing FILE is a usage error. */
    static final class ExistingFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path = Path.of(value);
            if (!Files.isRegularFile(path)) {
                throw new TypeConversionException("not a file: " + value);
            }
            return path;
        }
    }
}
