package org.aimilestones.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimilestones.generate.GraphGenerator;
import org.aimilestones.generate.SyntheticFormat;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** ai-milestones generate: the real graph grown with synthetic resources to about N triples, streamed to a file or stdout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write the graph (ontology and data) grown with synthetic events, people, organizations,"
                + " artifacts, claims and slides under https://w3id.org/ai-milestones/resource/synthetic/ to about N triples."
                + " Streamed: any size fits in memory. The same seed gives byte-identical output.")
public final class GenerateCommand extends GraphCommand {

    @Option(names = "--scale", paramLabel = "N", required = true, converter = TripleCount.class,
            description = "About how many triples to write, e.g. 20000, 100k, 1M, 10M (at least the real graph's).")
    private long scale;

    @Option(names = "--output", paramLabel = "FILE|DIR",
            description = "Write to FILE (replaced only once complete), or to DIR/ai-milestones-N.nt (.ttl), instead of"
                    + " standard output.")
    private Path output;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    private long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ntriples",
            description = "ntriples (default) or turtle.")
    private SyntheticFormat format;

    @Override
    protected int run() throws Exception {
        OutputFile file = output == null ? null : OutputFile.of(Files.isDirectory(output)
                ? output.resolve("ai-milestones-" + scale + "." + format.extension()) : output,
                "ai-milestones-" + scale + "." + format.extension());
        GraphGenerator generator = new GraphGenerator(load().asserted());
        if (scale < generator.realSize()) {
            throw UserError.usage("--scale " + scale + " is smaller than the real graph (" + generator.realSize()
                    + " triples): give at least that");
        }
        ProgressMonitor progress = ProgressMonitor.ofTotal(err(), "generated", Math.max(100_000, scale / 10),
                scale);
        if (file == null) {
            generator.generate(scale, seed, format.writer(out()), progress);
            out().flush();
            progress.finish();
            return Main.EXIT_OK;
        }
        file.write(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            generator.generate(scale, seed, format.writer(writer), progress);
            writer.flush();
        });
        progress.finish();
        err().println("wrote " + file.path());
        return Main.EXIT_OK;
    }

    /** A positive triple count, with an optional k (thousand) or M (million) suffix. */
    static final class TripleCount implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim();
            long unit = 1;
            if (v.endsWith("k") || v.endsWith("K")) {
                unit = 1_000;
            } else if (v.endsWith("m") || v.endsWith("M")) {
                unit = 1_000_000;
            }
            try {
                long n = Long.parseLong(unit == 1 ? v : v.substring(0, v.length() - 1)) * unit;
                if (n <= 0) {
                    throw new TypeConversionException("not a positive number of triples: " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of triples: " + value);
            }
        }
    }
}
