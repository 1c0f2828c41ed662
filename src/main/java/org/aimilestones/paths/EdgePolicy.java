package org.aimilestones.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.aimilestones.vocab.Prefixes;

/**
 * Which edges and nodes a path may use. By default a path leaves out the links that make everything look connected:
 * rdf:type, the provenance and source structure (aimil:statedIn, aimil:inSource, aimil:inDeck, aimil:inSection,
 * aimil:inSeries, aimil:video, aimil:watchUrl, the Wikidata link records), concept schemes and topics (aimil:topic,
 * aimil:theme, skos:inScheme, skos:hasTopConcept, skos:topConceptOf), places (aimil:place, aimil:basedIn,
 * aimil:containedInPlace), date bases and precisions (years are literals, never nodes), the external matches
 * (skos:exactMatch, skos:closeMatch, foaf:homepage) and whole vocabularies that describe the data rather than link
 * entities: rdfs:, owl:, prov:, dct:, void:, dcat:, vann:, vs:, sh:, time:. Nor does it pass through a hub: a node
 * of one of the {@link #DEFAULT_HUB_CLASSES} (topics, themes, concept schemes, places, the sources and their slides,
 * sections, cues and videos, link records, classes) may be an endpoint but no step in between.
 *
 * <p>A request changes this with two lists of entries, each a prefixed name ({@code aimil:topic}), a full IRI, or a
 * whole namespace (a bare prefix {@code prov:} or an IRI ending in {@code #} or {@code /}). An entry whose local name
 * starts with a capital letter names a class (its nodes become passable or not); any other names a property.
 * {@code include} lifts default exclusions; {@code exclude} adds exclusions and wins over {@code include}.
 */
public final class EdgePolicy {

    /** The properties left out by default. */
    public static final List<String> DEFAULT_EXCLUDED_PROPERTIES = List.of(
            "rdf:type", "aimil:statedIn", "aimil:states", "aimil:inSource", "aimil:inDeck", "aimil:inSection",
            "aimil:inSeries", "aimil:video", "aimil:watchUrl", "aimil:evidence", "aimil:linkSubject",
            "aimil:linkObject", "aimil:linkPredicate", "aimil:topic", "aimil:theme", "aimil:place", "aimil:basedIn",
            "aimil:containedInPlace", "aimil:containsPlace", "aimil:dateBasis", "aimil:datePrecision",
            "skos:inScheme", "skos:hasTopConcept", "skos:topConceptOf", "skos:exactMatch", "skos:closeMatch",
            "foaf:homepage");
    /** The namespaces all of whose properties are left out by default. */
    public static final List<String> DEFAULT_EXCLUDED_NAMESPACES = List.of("rdfs:", "owl:", "prov:", "dct:", "void:",
            "dcat:", "vann:", "vs:", "sh:", "time:");
    /** The classes whose nodes a path does not pass through by default (they may still be its endpoints). */
    public static final List<String> DEFAULT_HUB_CLASSES = List.of("aimil:Topic", "aimil:Theme",
            "skos:ConceptScheme", "aimil:Place", "aimil:Source", "aimil:SlideDeck", "aimil:Transcript",
            "aimil:Series", "aimil:Section", "aimil:Slide", "aimil:Cue", "aimil:Video", "aimil:Link",
            "aimil:DateBasis", "time:TemporalUnit", "rdfs:Class", "owl:Class");

    /** The default policy. */
    public static final EdgePolicy DEFAULT = of(List.of(), List.of());

    private final Entries defaults;
    private final Entries include;
    private final Entries exclude;
    private final Set<String> hubClasses;

    private EdgePolicy(Entries defaults, Entries include, Entries exclude) {
        this.defaults = defaults;
        this.include = include;
        this.exclude = exclude;
        // the hub classes in effect: the defaults not included, plus the excluded ones
        List<String> hubs = new ArrayList<>();
        for (String cls : defaults.classes) {
            if (!include.classes.contains(cls) || exclude.classes.contains(cls)) {
                hubs.add(cls);
            }
        }
        exclude.classes.stream().filter(c -> !hubs.contains(c)).forEach(hubs::add);
        this.hubClasses = Set.copyOf(hubs);
    }

    /**
     * @param include entries lifted from the default exclusions
     * @param exclude entries excluded on top of the defaults
     * @throws PathRequestException naming an entry that is not a prefixed name, IRI or namespace
     */
    public static EdgePolicy of(Collection<String> include, Collection<String> exclude) {
        List<String> defaults = new ArrayList<>(DEFAULT_EXCLUDED_PROPERTIES);
        defaults.addAll(DEFAULT_EXCLUDED_NAMESPACES);
        defaults.addAll(DEFAULT_HUB_CLASSES);
        return new EdgePolicy(Entries.parse(defaults), Entries.parse(include), Entries.parse(exclude));
    }

    /** @return whether a path may step along property (IRI) */
    public boolean allowsProperty(String property) {
        if (exclude.matchesProperty(property)) {
            return false;
        }
        if (include.matchesProperty(property)) {
            return true;
        }
        return !defaults.matchesProperty(property);
    }

    /** @return the IRIs of the classes whose nodes a path may not pass through */
    public Set<String> hubClasses() {
        return hubClasses;
    }

    /** @return whether this is the default policy (nothing included or excluded) */
    public boolean isDefault() {
        return include.isEmpty() && exclude.isEmpty();
    }

    /** A list of entries: properties, namespaces (of properties) and classes, as full IRIs. */
    private record Entries(Set<String> properties, List<String> namespaces, Set<String> classes) {

        static Entries parse(Collection<String> entries) {
            List<String> properties = new ArrayList<>();
            List<String> namespaces = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (String raw : entries) {
                String entry = raw == null ? "" : raw.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String iri = expand(entry);
                if (iri.endsWith("#") || iri.endsWith("/")) {
                    namespaces.add(iri);
                } else if (Character.isUpperCase(localName(iri).codePointAt(0))) {
                    classes.add(iri);
                } else {
                    properties.add(iri);
                }
            }
            return new Entries(Set.copyOf(properties), List.copyOf(namespaces), Set.copyOf(classes));
        }

        boolean matchesProperty(String iri) {
            return properties.contains(iri) || namespaces.stream().anyMatch(iri::startsWith);
        }

        boolean isEmpty() {
            return properties.isEmpty() && namespaces.isEmpty() && classes.isEmpty();
        }
    }

    /** @return entry as a full IRI: a prefixed name or bare prefix expanded, an IRI (in angle brackets or not) kept */
    static String expand(String entry) {
        String e = entry.startsWith("<") && entry.endsWith(">") ? entry.substring(1, entry.length() - 1) : entry;
        if (e.startsWith("http://") || e.startsWith("https://") || e.startsWith("urn:")) {
            if (e.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
                throw bad(entry);
            }
            return e;
        }
        int colon = e.indexOf(':');
        String ns = colon < 0 ? null : Prefixes.asMap().get(e.substring(0, colon));
        String local = colon < 0 ? "" : e.substring(colon + 1);
        if (ns == null || !local.matches("[A-Za-z_][A-Za-z0-9_.-]*|")) {
            throw bad(entry);
        }
        return ns + local;
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
        String local = iri.substring(cut + 1);
        return local.isEmpty() ? "x" : local;
    }

    private static PathRequestException bad(String entry) {
        String shown = entry.length() > 80 ? entry.substring(0, 80) + "…" : entry;
        return new PathRequestException("Bad include/exclude entry \"" + shown + "\": give a prefixed name such as"
                + " aimil:topic (prefixes: " + String.join(", ", Prefixes.asMap().keySet()) + "), a full IRI, or a"
                + " namespace such as prov:",
                "include/exclude 中的条目无效：\"" + shown + "\"。请给出带前缀的名称（如 aimil:topic）、完整 IRI，或命名空间（如 prov:）");
    }
}
