package org.aimilestones.paths;

import java.util.List;
import java.util.Objects;

/**
 * What a search found: the paths, shortest first and equally long ones in {@link Hop#ORDER}, and how many entries
 * (neighbours and distances) it held at its peak.
 */
public record PathResult(PathQuery query, List<Path> paths, int held) {

    public PathResult {
        Objects.requireNonNull(query, "query");
        paths = List.copyOf(paths);
    }
}
