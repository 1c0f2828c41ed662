package org.aimilestones.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The groups of the SPARQL editor's example queries, by the kind of question they ask, with their names in English and
 * Chinese. A query of queries/ named in no group falls into "Other questions"; each source's per-source queries
 * (by-source/SOURCE/NAME) form a group of their own.
 */
final class QueryGroups {

    /** A group: its id, its names, and the queries in it in the order shown. */
    record Group(String id, String en, String zh, List<String> names) {}

    private static final List<Group> GROUPS = List.of(
            new Group("time", "Events in time", "事件与时间",
                    List.of("timeline", "events-2013", "undated-events", "date-conflicts", "firsts")),
            new Group("counts", "Counts (as charts)", "统计（可显示为图表）",
                    List.of("events-by-kind", "events-by-topic", "events-per-year-and-kind")),
            new Group("actors", "People and organizations", "人物与机构",
                    List.of("people", "founders", "founders-schema", "foundings", "multi-affiliation",
                            "sub-organizations", "organizations-in-most-sources")),
            new Group("works", "Artifacts, deals and claims", "成果、交易与论断",
                    List.of("alexnet", "deepmind-output", "products-by-maker", "lineages", "acquisitions",
                            "google-acquisitions", "performance-claims", "deck-figures")),
            new Group("sources", "Sources, videos and links", "来源、视频与链接",
                    List.of("which-slide", "videos", "wikidata-links")));

    private static final String OTHER = "other";

    private QueryGroups() {}

    /**
     * @param names the names of the queries there are
     * @return the groups with queries among names, in order, each with those of its queries that exist; then "Other
     *         questions" with the names no group lists, if any
     */
    static List<Group> ordered(List<String> names) {
        List<Group> groups = new ArrayList<>();
        List<String> grouped = new ArrayList<>();
        for (Group g : GROUPS) {
            List<String> present = g.names().stream().filter(names::contains).toList();
            grouped.addAll(present);
            if (!present.isEmpty()) {
                groups.add(new Group(g.id(), g.en(), g.zh(), present));
            }
        }
        List<String> rest = names.stream().filter(n -> !grouped.contains(n)).toList();
        if (!rest.isEmpty()) {
            groups.add(new Group(OTHER, "Other questions", "其他问题", rest));
        }
        return groups;
    }

    /**
     * @param name the query's name "by-source/SOURCE/NAME"
     * @param en   the source's title in English, if it has one
     * @param zh   the source's title in Chinese, if it has one
     * @return the group of a per-source query: "Per source: TITLE" (SOURCE without a title)
     */
    static Group perSource(String name, Optional<String> en, Optional<String> zh) {
        String[] parts = name.split("/");
        String source = parts.length > 1 ? parts[1] : name;
        return new Group("by-source/" + source, "Per source: " + en.or(() -> zh).orElse(source),
                "各来源：" + zh.or(() -> en).orElse(source), List.of(name));
    }
}
