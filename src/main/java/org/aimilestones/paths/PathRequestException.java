package org.aimilestones.paths;

/**
 * A path request that cannot be answered as asked: a missing, unknown or identical endpoint, a bad k, max-hops or
 * include/exclude entry. Its message is English; {@link #chinese()} says the same in Chinese. HTTP: 400.
 */
public class PathRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String chinese;

    public PathRequestException(String english, String chinese) {
        super(english);
        this.chinese = chinese;
    }

    /** @return the message in Chinese */
    public String chinese() {
        return chinese;
    }
}
