package org.aimilestones.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * Resource IRIs follow the documented rule (README, "Naming resources"), and every resource carries an English and a
 * Chinese label and description.
 */
class ResourceNamingTest {

    /** The slug of an English label: accents dropped, "+" spelled "plus", apostrophes dropped, other runs → "-". */
    static String slug(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("+", " plus ").replace("&", " and ").replaceAll("['’]", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    @Test
    void slugRuleExamples() {
        assertEquals("andrew-ngs-team", slug("Andrew Ng's team"));
        assertEquals("face-plus-plus", slug("Face++"));
        assertEquals("ai-milestones-2012-2014", slug("AI milestones 2012–2014"));
    }

    @Test
    void everyResourceIriFollowsTheNamingRule() {
        Graph data = ShippedGraph.get().data();
        List<String> wrong = new ArrayList<>();
        for (Node subject : resources(data)) {
            String local = subject.getURI().substring(AIMIL.RESOURCE_NS.length());
            if (local.startsWith("youtube/")) {
                if (!local.matches("youtube/[A-Za-z0-9_-]{11}")) {
                    wrong.add(local + " (a video is youtube/<the video's id>)");
                }
            } else if (local.startsWith("bilibili/")) {
                if (!local.matches("bilibili/BV[0-9A-Za-z]{10}")) {
                    wrong.add(local + " (a Bilibili video is bilibili/<its BV id>)");
                }
            } else if (local.contains("/")) {
                String parent = AIMIL.RESOURCE_NS + local.substring(0, local.lastIndexOf('/'));
                String part = local.substring(local.lastIndexOf('/') + 1);
                if (!data.contains(NodeFactory.createURI(parent), Node.ANY, Node.ANY) || !part.equals(slug(part))) {
                    wrong.add(local + " (a dependent node is <existing parent>/<slug>)");
                }
            } else if (!local.equals(slug(english(data, subject, RDFS.label.asNode())))) {
                wrong.add(local + " (expected " + slug(english(data, subject, RDFS.label.asNode())) + ")");
            }
        }
        assertTrue(wrong.isEmpty(), "IRIs not following the naming rule: " + wrong);
    }

    @Test
    void everyResourceHasEnglishAndChineseLabelAndDescription() {
        Graph data = ShippedGraph.get().data();
        List<String> missing = new ArrayList<>();
        for (Node subject : resources(data)) {
            for (Node property : List.of(RDFS.label.asNode(), RDFS.comment.asNode())) {
                for (String lang : List.of("en", "zh")) {
                    boolean has = data.find(subject, property, Node.ANY).toList().stream()
                            .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
                    if (!has) {
                        missing.add(subject.getURI() + " " + property.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    private static Set<Node> resources(Graph data) {
        Set<Node> subjects = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        data.find().forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(AIMIL.RESOURCE_NS)
                    && data.contains(t.getSubject(), RDFS.label.asNode(), Node.ANY)) {
                subjects.add(t.getSubject());
            }
        });
        assertTrue(subjects.size() > 150, "the graph holds its resources");
        return subjects;
    }

    private static String english(Graph data, Node subject, Node property) {
        return data.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }
}
