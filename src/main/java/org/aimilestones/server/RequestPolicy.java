package org.aimilestones.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses requests that would make the server read its files or the network for a client, or run code it does not
 * list: FROM file:, LOAD, SERVICE to an endpoint not named with --service-allow, and functions and property functions
 * off the {@link FunctionAllowList}. Checked on the parsed request, including EXISTS and subqueries; {@link
 * ServiceGuard} checks SERVICE again at run time, where a variable endpoint is bound.
 */
final class RequestPolicy {

    private final Set<String> serviceAllow;

    RequestPolicy(List<String> serviceAllow) {
        this.serviceAllow = Set.copyOf(serviceAllow);
    }

    /** @return whether SERVICE may call some endpoints */
    boolean federated() {
        return !serviceAllow.isEmpty();
    }

    /**
     * @param protocolGraphs the default-graph-uri and named-graph-uri values of the request
     * @throws RefusedException if the query or the protocol names a file: graph, or a refused SERVICE endpoint
     */
    void checkQuery(Query query, List<String> protocolGraphs) {
        List<String> graphs = new ArrayList<>(query.getGraphURIs());
        graphs.addAll(query.getNamedGraphURIs());
        graphs.addAll(protocolGraphs);
        for (String graph : graphs) {
            if (graph.toLowerCase(Locale.ROOT).startsWith("file:")) {
                throw new RefusedException("FROM <" + graph + "> refused: this server never reads files for a"
                        + " client; FROM and FROM NAMED can only pick graphs of the served dataset");
            }
        }
        check(Algebra.compile(query));
    }

    /** @throws RefusedException if the request has a LOAD (of a file or a URL), or a refused SERVICE endpoint */
    void checkUpdate(UpdateRequest request) {
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load) {
                throw new RefusedException("LOAD <" + load.getSource() + "> refused: this server never reads files"
                        + " or the network for a client; send the data with the Graph Store Protocol instead");
            }
            if (update instanceof UpdateModify modify && modify.getWherePattern() != null) {
                check(Algebra.compile(modify.getWherePattern()));
            }
        }
    }

    /** @throws RefusedException unless endpoint is one named with --service-allow (or a variable, while some are) */
    void checkService(Node endpoint) {
        boolean allowed = endpoint.isURI() ? serviceAllow.contains(endpoint.getURI()) : endpoint.isVariable() && federated();
        if (!allowed) {
            String shown = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString();
            throw new RefusedException("SERVICE " + shown + " refused: this server calls only the endpoints named"
                    + " with --service-allow" + (federated() ? ": " + String.join(", ", serviceAllow) : " (none are)"));
        }
    }

    /** Checks op's SERVICE endpoints, functions and property functions, inside EXISTS and subqueries too. */
    private void check(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                checkService(service.getService());
            }

            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(FunctionAllowList::check);
            }

            @Override
            public void visit(OpTriple triple) {
                FunctionAllowList.check(triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                FunctionAllowList.check(path.getTriplePath());
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN function) {
                FunctionAllowList.check(function);
            }

            @Override
            public void visit(ExprAggregator aggregate) {
                FunctionAllowList.check(aggregate);
            }

            @Override
            public void visit(ExprFunctionOp exists) {
                check(exists.getGraphPattern());
            }
        });
    }
}
