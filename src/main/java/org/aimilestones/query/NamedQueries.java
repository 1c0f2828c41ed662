package org.aimilestones.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimilestones.load.GraphSource;

/** The named queries of a graph source: the queries/*.rq files, found by name ("alexnet"), file name or path. */
public final class NamedQueries {

    private static final String SUFFIX = ".rq";

    private final GraphSource source;

    public NamedQueries(GraphSource source) {
        this.source = source;
    }

    /** @return the names of the queries in queries/, without ".rq", sorted */
    public List<String> names() {
        Path dir = source.queriesDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source.describe(dir), e);
        }
    }

    /**
     * @param nameOrFile a query name ("alexnet"), a file name in queries/ ("alexnet.rq"), or the path of a query file
     * @return the query file, or empty if there is none
     */
    public Optional<Path> resolve(String nameOrFile) {
        Path asFile = Path.of(nameOrFile);
        if (Files.isRegularFile(asFile)) {
            return Optional.of(asFile);
        }
        String name = nameOrFile.endsWith(SUFFIX)
                ? nameOrFile.substring(0, nameOrFile.length() - SUFFIX.length()) : nameOrFile;
        if (!names().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(source.queriesDir().resolve(name + SUFFIX));
    }

    /**
     * @return the per-source queries, queries/by-source/SOURCE/NAME.rq, by their name "by-source/SOURCE/NAME", sorted by
     *         source and name (none if there is no such folder)
     */
    public java.util.SortedMap<String, Path> perSource() {
        java.util.SortedMap<String, Path> all = new java.util.TreeMap<>();
        Path dir = source.queriesDir().resolve(CompetencyAnswers.BY_SOURCE);
        if (!Files.isDirectory(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.filter(p -> p.getNameCount() == dir.getNameCount() + 2 && Files.isRegularFile(p)
                    && p.getFileName().toString().endsWith(SUFFIX)).forEach(p -> {
                        String file = p.getFileName().toString();
                        all.put(CompetencyAnswers.BY_SOURCE + "/" + p.getParent().getFileName() + "/"
                                + file.substring(0, file.length() - SUFFIX.length()), p);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source.describe(dir), e);
        }
        return all;
    }

    /** @return a short display name of a query file, for messages */
    public String describe(Path queryFile) {
        return source.describe(queryFile);
    }
}
