package org.aimilestones.sources;

import java.util.Collection;
import java.util.Optional;

/** The years from the first to the last that some sources cover (FROM–TO); one year alone when they agree. */
public record YearSpan(int from, int to) {

    public YearSpan {
        if (from > to) {
            throw new IllegalArgumentException("a year span runs forwards: " + from + " is after " + to);
        }
    }

    /** @return the span from the least to the greatest of years, or empty if there are none */
    public static Optional<YearSpan> of(Collection<Integer> years) {
        return years.stream().reduce((a, b) -> a).map(first -> new YearSpan(
                years.stream().mapToInt(Integer::intValue).min().getAsInt(),
                years.stream().mapToInt(Integer::intValue).max().getAsInt()));
    }

    /** @return "FROM–TO" (with an en dash), or the one year when from and to are the same */
    public String text() {
        return from == to ? Integer.toString(from) : from + "\u2013" + to;
    }
}
