package org.aimilestones.paths;

/**
 * The search needed to hold more nodes than the request's bound ({@link PathQuery#maxVisited()}, the parameter
 * {@value PathQuery#MAX_VISITED_PARAM}); the message names the bound and its value. HTTP: 422 — the request is well
 * formed, but answering it would take more memory than one request may use.
 */
public final class PathLimitException extends PathRequestException {

    private static final long serialVersionUID = 1L;

    private final long bound;

    PathLimitException(long bound) {
        super("Path search stopped: it needed to hold more than " + bound + " nodes, the bound "
                + PathQuery.MAX_VISITED_PARAM + " (at most " + PathQuery.MAX_VISITED + "). Lower max-hops, exclude"
                + " more properties, or pick less connected endpoints.",
                "路径搜索已停止：需要保存的节点超过了上限 " + PathQuery.MAX_VISITED_PARAM + " = " + bound
                + "（最多 " + PathQuery.MAX_VISITED + "）。请减小 max-hops、排除更多属性，或选择连接较少的端点。");
        this.bound = bound;
    }

    /** @return the bound that was reached */
    public long bound() {
        return bound;
    }
}
