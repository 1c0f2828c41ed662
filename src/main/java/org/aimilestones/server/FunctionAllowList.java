package org.aimilestones.server;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The functions and property functions a client may call: SPARQL's built-ins (which have no IRI), the XSD casts, the
 * XPath functions ({@code fn:}, {@code math:}), SPARQL's own function namespace, a listed part of ARQ's function
 * library ({@code afn:}) and of its property functions, the search index's {@code text:query} and the path
 * service's {@code path:find}. Anything else
 * named by an IRI is refused before the query runs: {@code afn:wait} (which sleeps while holding a query slot),
 * {@code afn:eval}, {@code java:} IRIs (which load a class by name), custom aggregates, {@code CALL} with a computed
 * IRI, and functions of other namespaces, which this server does not have anyway. A property function is refused
 * wherever it stands, as a triple pattern's predicate or as a step of a property path; and the served dataset's
 * {@link #registry() registry} of property functions holds only the allowed ones, so nothing else is ever called, nor
 * a class loaded by name.
 */
final class FunctionAllowList {

    private static final String AFN = "http://jena.apache.org/ARQ/function#";
    private static final String APF = "http://jena.apache.org/ARQ/property#";
    private static final String LIST = "http://jena.apache.org/ARQ/list#";

    /** Namespaces all of whose functions are allowed. */
    static final List<String> NAMESPACES = List.of(
            "http://www.w3.org/2001/XMLSchema#",
            "http://www.w3.org/2005/xpath-functions#",
            "http://www.w3.org/2005/xpath-functions/math#",
            "http://www.w3.org/ns/sparql#");
    /**
     * Functions of ARQ's library that are allowed: not wait, eval, context, print, execTime, version, nor sprintf (it
     * pads to any width it is asked: "%1000000000d" builds a gigabyte string in one call).
     */
    static final Set<String> ARQ_FUNCTIONS = Stream.of("adjust-to-timezone", "bnode", "collation", "date", "e",
            "evenInteger", "langeq", "localname", "max", "min", "namespace", "now", "nowtz", "pi", "sha1sum",
            "sqrt", "strjoin", "strlen", "struuid", "substr", "substring", "system-timezone", "timezone", "uuid")
            .map(name -> AFN + name).collect(Collectors.toUnmodifiableSet());
    /**
     * The XPath functions that match regular expressions, refused: REGEX and REPLACE do the same, and REGEX is matched
     * under the request's deadline ({@link DeadlineRegex}).
     */
    static final Set<String> REGEX_FUNCTIONS = Stream.of("matches", "replace", "tokenize", "analyze-string")
            .map(name -> "http://www.w3.org/2005/xpath-functions#" + name).collect(Collectors.toUnmodifiableSet());
    /** Property functions that are allowed. */
    static final Set<String> PROPERTY_FUNCTIONS = Set.of("http://jena.apache.org/text#query", LIST + "member",
            LIST + "index", LIST + "length", "http://www.w3.org/2000/01/rdf-schema#member", APF + "strSplit",
            APF + "splitIRI", APF + "splitURI", "https://w3id.org/ai-milestones/paths#find");

    private FunctionAllowList() {}

    /** @throws RefusedException if function names by IRI a function that is not allowed */
    static void check(ExprFunctionN function) {
        if (function instanceof E_Call) {
            throw new RefusedException("CALL refused: this server calls only functions named in the query (see the"
                    + " functions it allows in its documentation)");
        }
        if (function instanceof E_Function named && !allowedFunction(named.getFunctionIRI())) {
            throw refused("function", named.getFunctionIRI());
        }
    }

    /** @throws RefusedException if the aggregate is a custom one, named by an IRI */
    static void check(ExprAggregator aggregate) {
        if (aggregate.getAggregator() instanceof AggCustom custom) {
            throw refused("aggregate", custom.getIRI());
        }
    }

    /** @throws RefusedException if the triple pattern's predicate is a property function that is not allowed */
    static void check(Triple pattern) {
        checkPredicate(pattern.getPredicate());
    }

    /**
     * @throws RefusedException if the path pattern's predicate, or any step of its path, is a property function that
     * is not allowed (Jena's path evaluation calls a property function met as a step)
     */
    static void check(TriplePath pattern) {
        if (pattern.isTriple()) {
            checkPredicate(pattern.getPredicate());
        } else {
            checkSteps(pattern.getPath());
        }
    }

    private static void checkSteps(Path path) {
        switch (path) {
            case P_Path0 step -> checkPredicate(step.getNode());
            case P_Path1 unary -> checkSteps(unary.getSubPath());
            case P_Path2 binary -> {
                checkSteps(binary.getLeft());
                checkSteps(binary.getRight());
            }
            default -> { } // a negated property set: its IRIs are only compared with the data's predicates
        }
    }

    private static void checkPredicate(Node predicate) {
        if (!predicate.isURI()) {
            return;
        }
        String iri = predicate.getURI();
        boolean propertyFunction = iri.startsWith("java:") || iri.startsWith(APF) || iri.startsWith(LIST)
                || PropertyFunctionRegistry.get().isRegistered(iri);
        if (propertyFunction && !PROPERTY_FUNCTIONS.contains(iri)) {
            throw refused("property function", iri);
        }
    }

    /**
     * @return a registry of the allowed property functions alone, for the served dataset's context: Jena's optimizer
     * and its path evaluation look a predicate up there. Unlike Jena's own registry it never loads a class named by a
     * {@code java:} IRI, and it answers a predicate that is not a property function with one map lookup, where Jena's
     * tries the IRI against its mappings and a class loader at every step of a path (several percent of the CPU
     * time of a query with {@code rdfs:subClassOf*}). The allowed functions are taken from Jena's registry when first
     * asked for, since some of them (text:query, path:find) are registered when their module starts.
     */
    static PropertyFunctionRegistry registry() {
        return new AllowedRegistry();
    }

    private static final class AllowedRegistry extends PropertyFunctionRegistry {

        private final Map<String, PropertyFunctionFactory> found = new ConcurrentHashMap<>();

        @Override
        public PropertyFunctionFactory get(String uri) {
            PropertyFunctionFactory factory = found.get(uri);
            if (factory == null && PROPERTY_FUNCTIONS.contains(uri)) {
                factory = PropertyFunctionRegistry.get().get(uri);
                if (factory != null) {
                    found.put(uri, factory);
                }
            }
            return factory;
        }

        @Override
        public boolean manages(String uri) {
            return get(uri) != null;
        }

        @Override
        public boolean isRegistered(String uri) {
            return get(uri) != null;
        }

        @Override
        public void put(String uri, PropertyFunctionFactory factory) {
            throw new UnsupportedOperationException("the served property functions are the allowed ones, " + uri);
        }
    }

    static boolean allowedFunction(String iri) {
        return ARQ_FUNCTIONS.contains(iri) || NAMESPACES.stream().anyMatch(iri::startsWith) && !REGEX_FUNCTIONS.contains(iri);
    }

    private static RefusedException refused(String kind, String iri) {
        return new RefusedException(kind + " <" + iri + "> refused: this server calls only the functions and property"
                + " functions it lists (SPARQL's, the XSD casts, fn:, math:, part of ARQ's library and text:query; see"
                + " docs/server.md)");
    }
}
