package org.aimilestones.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * The property function {@code text:query} ({@value TextIndex#QUERY}) over the {@link TextIndex} of the dataset
 * queried, in the forms jena-text gives it:
 *
 * <pre>
 * ?s text:query "lucene query"                  # over the fields of the index; a bare term means rdfs:label
 * ?s text:query "query"@zh                      # in the Chinese field of rdfs:label, on @zh literals only
 * ?s text:query (rdfs:label "query")            # one or more indexed properties first
 * ?s text:query (rdfs:label "query" 10)         # at most 10 hits
 * ?s text:query (rdfs:label "query" "lang:zh")  # in the field of a language, on literals in it ("lang:none": untagged)
 * (?s ?score ?literal ?graph ?property) text:query (...)   # any prefix of that list
 * </pre>
 *
 * Hits come best first. A dataset without a text index has no hits; the graph of a hit is not indexed, so ?graph stays
 * unbound; jena-text's "highlight:" option is not supported (it is ignored).
 */
final class TextQueryPF extends PropertyFunctionBase {

    private record Match(List<String> fields, String text, String lang, int limit) {}

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        super.build(subject, predicate, object, execCxt);
        if (subject.isList()) {
            List<Node> list = subject.getArgList();
            if (list.isEmpty() || list.size() > 5) {
                throw new QueryBuildException("text:query: the subject list has " + list.size() + " elements; it"
                        + " takes 1 to 5: (?s ?score ?literal ?graph ?property)");
            }
            for (Node n : list.subList(1, list.size())) {
                if (!n.isVariable()) {
                    throw new QueryBuildException("text:query: " + n + " in the subject list is not a variable");
                }
            }
        }
        if (object.isList()) {
            List<Node> list = object.getArgList();
            int properties = 0;
            while (properties < list.size() && list.get(properties).isURI()) {
                properties++;
            }
            if (properties == list.size()) {
                throw new QueryBuildException("text:query: the list has no search text: " + list);
            }
            if (list.size() - properties > 4) {
                throw new QueryBuildException("text:query: too many arguments after the search text: " + list);
            }
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg argSubject, Node predicate, PropFuncArg argObject,
            ExecutionContext execCxt) {
        Object found = execCxt.getContext().get(TextIndex.SYMBOL);
        if (!(found instanceof LuceneIndex index)) {
            return IterLib.noResults(execCxt);
        }
        PropFuncArg subjects = Substitute.substitute(argSubject, binding);
        Node s = subjects.isList() ? subjects.getArg(0) : subjects.getArg();
        if (!s.isVariable() && !s.isURI() && !s.isBlank()) {
            return IterLib.noResults(execCxt);
        }
        Optional<Match> match = match(Substitute.substitute(argObject, binding));
        if (match.isEmpty()) {
            return IterLib.noResults(execCxt);
        }
        Match m = match.get();
        List<TextHit> hits = s.isVariable()
                ? index.search(luceneQuery(m), null, m.limit)
                : index.search(luceneQuery(m), LuceneIndex.subjectKey(s), m.limit);
        List<Node> vars = subjects.isList() ? subjects.getArgList() : List.of(s);
        List<Binding> rows = new ArrayList<>(hits.size());
        for (TextHit hit : hits) {
            BindingBuilder row = Binding.builder(binding);
            bind(row, vars, 0, hit.subject());
            bind(row, vars, 1, NodeFactoryExtra.floatToNode(hit.score()));
            bind(row, vars, 2, hit.literal());
            bind(row, vars, 4, hit.property());
            rows.add(row.build());
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    private static void bind(BindingBuilder row, List<Node> vars, int at, Node value) {
        if (at < vars.size() && vars.get(at).isVariable() && value != null) {
            Var var = Var.alloc(vars.get(at));
            if (!row.contains(var)) {
                row.add(var, value);
            }
        }
    }

    /** @return the search the object of text:query asks for, or empty if it cannot match anything */
    private static Optional<Match> match(PropFuncArg object) {
        List<Node> list = object.isList() ? object.getArgList() : List.of(object.getArg());
        List<String> fields = new ArrayList<>();
        int at = 0;
        for (; at < list.size() && list.get(at).isURI(); at++) {
            Optional<String> field = LuceneIndex.field(list.get(at));
            if (field.isEmpty()) {
                return Optional.empty(); // not an indexed property
            }
            fields.add(field.get());
        }
        Node text = list.get(at++);
        if (!isString(text)) {
            return Optional.empty();
        }
        String lang = text.getLiteralLanguage().isEmpty() ? null : text.getLiteralLanguage();
        int limit = -1;
        if (at < list.size() && list.get(at).isLiteral()) {
            int n = NodeFactoryExtra.nodeToInt(list.get(at));
            limit = n == Integer.MIN_VALUE || n < 0 ? -1 : n;
        }
        for (Node arg : list.subList(at, list.size())) {
            if (lang == null && isString(arg) && arg.getLiteralLexicalForm().startsWith("lang:")) {
                lang = arg.getLiteralLexicalForm().substring("lang:".length());
            }
        }
        return Optional.of(new Match(fields, text.getLiteralLexicalForm(),
                lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT), limit));
    }

    private static boolean isString(Node n) {
        return n.isLiteral() && (XSDDatatype.XSDstring.equals(n.getLiteralDatatype())
                || !n.getLiteralLanguage().isEmpty());
    }

    /**
     * @return the Lucene query of m, as jena-text builds it: the text itself, or "FIELD: (text)" for each property
     *         given; with a language, those fields become FIELD_LANG and only literals in that language match
     */
    static String luceneQuery(Match m) {
        boolean none = "none".equals(m.lang);
        String suffix = m.lang == null || none ? "" : TextIndex.LANG_SEPARATOR + m.lang;
        String grouped = "(" + m.text + ")";
        StringBuilder q = new StringBuilder();
        if (m.fields.isEmpty()) {
            q.append(m.text).append(' ');
            if (m.lang != null) {
                q.append(TextIndex.LABEL).append(suffix).append(": ").append(grouped).append(' ');
            }
        } else {
            Set<String> clauses = new LinkedHashSet<>();
            m.fields.forEach(f -> clauses.add(f + suffix + ": " + grouped + " "));
            clauses.forEach(q::append);
        }
        if (m.lang == null) {
            return q.toString();
        }
        return "(" + q + ") AND " + (none ? "-" + LuceneIndex.LANG + ":*" : LuceneIndex.LANG + ":" + m.lang);
    }
}
