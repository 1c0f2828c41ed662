package org.aimilestones.server;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.aimilestones.load.StoreState;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The whole graph's figures kept in a TDB2 store's folder, in {@value #FILE}, with the store's state ({@link
 * StoreState}) they were read at: reused while the store is in that state, so that a restart on a large store (minutes
 * of reading at 10M triples) has them at once; read again when it is not (a write, a rebuilt store, another program's
 * change). A file that cannot be read, or of another format, is read again from the store, as a missing one.
 */
final class StoredFigures {

    /** The file's name in the store's folder. */
    static final String FILE = "ai-milestones-figures";
    /** The first line: what the file is, its format, and the namespace the names were taken under. */
    private static final String HEADER = "ai-milestones figures 1 " + AIMIL.RESOURCE_NS;

    private final Path storeDir;
    private final Path file;

    StoredFigures(Path storeDir) {
        this.storeDir = storeDir;
        this.file = storeDir.resolve(FILE);
    }

    /**
     * @return the figures kept for the store's state now, else those read (and then kept, if the store did not change
     *         while they were read)
     */
    ServedFigures readOr(Supplier<ServedFigures> read) {
        String before = StoreState.of(storeDir);
        Optional<ServedFigures> kept = kept(before);
        if (kept.isPresent()) {
            return kept.get();
        }
        ServedFigures figures = read.get();
        if (before.equals(StoreState.of(storeDir))) {
            try {
                keep(figures, before);
            } catch (UncheckedIOException notKept) {
                // a store's folder the server cannot write in: read again at the next start
            }
        }
        return figures;
    }

    /** @return the figures in the file if it was written at state, else empty */
    Optional<ServedFigures> kept(String state) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine()) || !("state " + state).equals(in.readLine())) {
                return Optional.empty();
            }
            long triples = -1;
            Map<Node, Long> classes = new LinkedHashMap<>();
            Map<Node, Long> properties = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            boolean ended = false;
            for (String line; (line = in.readLine()) != null;) {
                String[] parts = line.split(" ", 3);
                switch (parts[0]) {
                    case "triples" -> triples = Long.parseLong(parts[1]);
                    case "class" -> classes.put(NodeFactoryExtra.parseNode(parts[2]), Long.parseLong(parts[1]));
                    case "property" -> properties.put(NodeFactoryExtra.parseNode(parts[2]), Long.parseLong(parts[1]));
                    case "name" -> names.add(line.substring("name ".length()));
                    case "end" -> ended = true;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return ended && triples >= 0 ? Optional.of(new ServedFigures(triples, classes, properties, names))
                    : Optional.empty();
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // read again from the store
        }
    }

    /** Writes figures as read at state: whole or not at all (a new file moved over the old one). */
    void keep(ServedFigures figures, String state) {
        Path fresh = storeDir.resolve(FILE + ".new");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                out.write(HEADER + "\nstate " + state + "\ntriples " + figures.triples() + "\n");
                for (Map.Entry<Node, Long> e : figures.classes().entrySet()) {
                    out.write("class " + e.getValue() + " " + NodeFmtLib.strNT(e.getKey()) + "\n");
                }
                for (Map.Entry<Node, Long> e : figures.properties().entrySet()) {
                    out.write("property " + e.getValue() + " " + NodeFmtLib.strNT(e.getKey()) + "\n");
                }
                for (String name : figures.names()) {
                    out.write("name " + name + "\n");
                }
                out.write("end\n");
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the graph's figures in " + storeDir + ": " + e.getMessage(), e);
        }
    }
}
