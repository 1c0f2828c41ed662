package org.aimilestones.server;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * The SPARQL query endpoint. A GET without a query string returns the {@link ServiceDescription}. Every query runs to
 * completion in memory under the {@link Deadline} before any byte of the response is written, so a timeout is a
 * 503 and never a 200 with a cut-off body. Results beyond max rows (SELECT rows, CONSTRUCT and DESCRIBE triples)
 * are dropped and the response carries {@value #TRUNCATED_HEADER}: max rows. FROM file: and refused SERVICE calls
 * are 400s, so are a malformed Accept header, an update parameter and a timeout parameter that is not seconds; one accepting none of the formats offered is a 406. At most {@link QuerySlots} queries run at once; one that finds no slot in time is a 503 with
 * Retry-After.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {

    /** Set, to the row limit, on responses whose results were cut at that limit (the header Virtuoso uses). */
    static final String TRUNCATED_HEADER = "X-SPARQL-MaxRows";

    /** The answer to a query nested so deeply that the parser or the optimizer ran out of stack. */
    static final String TOO_DEEP = "The query is nested too deeply for this server: write it flatter.";

    /** What the timeout parameter may be: seconds, or first-row and overall seconds ("1,5"). */
    private static final Pattern TIMEOUT = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?(,\\d{1,9}(\\.\\d{1,3})?)?");

    private final ServiceDescription description;
    private final RequestPolicy policy;
    private final Duration timeout;
    private final int maxRows;
    private final QuerySlots slots;
    /** How many query templates are kept parsed ({@link ParsedQueries}). */
    static final int PARSED_TEMPLATES = 1024;
    private final ParsedQueries parsed = new ParsedQueries(PARSED_TEMPLATES);

    GuardedQueryService(ServiceDescription description, RequestPolicy policy, Duration timeout, int maxRows,
            QuerySlots slots) {
        this.description = description;
        this.policy = policy;
        this.timeout = timeout;
        this.maxRows = maxRows;
        this.slots = slots;
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            String endpoint = action.getRequest().getRequestURL().toString();
            RdfResponses.send(action.getRequest(), action.getResponse(), description.describe(endpoint));
            return;
        }
        super.execGet(action);
    }

    /**
     * Fuseki's own steps for a query text, with two differences: the text is parsed through {@link ParsedQueries}
     * (texts that differ only in constants are parsed once), and the query is not written out again for a log line
     * unless Fuseki's log is at INFO. The errors and their statuses are Fuseki's.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (action.log.isInfoEnabled()) {
            action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        }
        Query query = null;
        try {
            QueryBounds.checkText(queryString);
            query = parsed.parse(queryString);
            QueryBounds.checkParsed(query);
            validateQuery(action, query);
            query = ExprGuards.rewrite(query, queryString);
        } catch (ActionErrorException e) {
            throw e;
        } catch (RefusedException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            // e.g. a REGEX whose constant pattern is not a regular expression
            ServletOps.errorBadRequest("The query cannot be run: " + plainMessage(e.getMessage()));
        }
        String queryLog = queryString;
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryLog);
            Query q = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, q, chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, queryLog);
                if (result != null) {
                    sendResults(action, result, query.getPrologue());
                }
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n"
                    + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** @return message without the Java class names Jena puts in some ("java.util.regex.PatternSyntaxException: ") */
    static String plainMessage(String message) {
        return String.valueOf(message).replaceAll("\\b(?:[a-z_]\\w*\\.)+[A-Z]\\w*: ", "").strip();
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (action.getRequestParameter(HttpNames.paramUpdate) != null) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "A query request cannot carry an update: send"
                    + " updates to the update endpoint.", null);
        }
        String timeout = action.getRequestParameter(HttpNames.paramTimeout);
        if (timeout != null && !TIMEOUT.matcher(timeout).matches()) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "Bad timeout parameter: expected seconds, as in"
                    + " timeout=5 or timeout=0.5.", null);
        }
        List<String> protocolGraphs = new ArrayList<>();
        for (String param : List.of(HttpNames.paramDefaultGraphURI, HttpNames.paramNamedGraphURI)) {
            String[] values = action.getRequest().getParameterValues(param);
            if (values != null) {
                protocolGraphs.addAll(Arrays.asList(values));
            }
        }
        if (Stream.of(HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3,
                HttpNames.paramForceAccept).allMatch(p -> action.getRequestParameter(p) == null)) {
            AcceptHeader.check(action.getRequestHeader(HttpNames.hAccept), offer(query));
        }
        try {
            policy.checkQuery(query, protocolGraphs);
        } catch (RefusedException e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, e.getMessage(), null);
        }
    }

    /** @return the formats Fuseki can send the answer to query in */
    private static AcceptList offer(Query query) {
        if (query.isSelectType()) {
            return DEF.rsOfferTable;
        }
        if (query.isAskType()) {
            return DEF.rsOfferBoolean;
        }
        return query.isJsonType() ? DEF.jsonOffer : DEF.constructOffer;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryLog) {
        try {
            Duration limit = limit(action);
            return slots.run(() -> Deadline.within(limit, () -> runToCompletion(action, exec, query)));
        } catch (QuerySlots.BusyException e) {
            action.setResponseHeader("Retry-After", Long.toString(slots.retryAfterSeconds()));
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage(), null);
        } catch (QueryCancelledException e) {
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: it ran longer than the"
                    + " limit of " + Deadline.seconds(limit(action)) + ". Narrow it down or add a LIMIT.", null);
        } catch (RefusedException e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, e.getMessage(), null);
        } catch (QueryBuildException e) {
            // a property function's arguments refused as the query runs (e.g. path:find's k out of range)
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "The query cannot be run: "
                    + plainMessage(e.getMessage()), null);
        } catch (StackOverflowError e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, TOO_DEEP, null);
        } catch (OutOfMemoryError e) {
            // the query's own data is unreachable once this is thrown: the next query has the memory again
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "The query needed more memory than this"
                    + " server can give one query. Narrow it down or add a LIMIT.", null);
        }
    }

    /**
     * @return the time limit of this request: the server's, or the request's timeout parameter where that is shorter
     *         (its overall part, the second number of "first,overall"; answers are computed whole before they are sent,
     *         so there is no first row to time)
     */
    private Duration limit(HttpAction action) {
        String param = action.getRequestParameter(HttpNames.paramTimeout);
        if (param != null && TIMEOUT.matcher(param).matches()) {
            String[] parts = param.split(",");
            BigDecimal millis = new BigDecimal(parts[parts.length - 1]).movePointRight(3);
            Duration requested = Duration.ofMillis(millis.longValue());
            if (!requested.isZero() && requested.compareTo(timeout) < 0) {
                return requested;
            }
        }
        return timeout;
    }

    /**
     * Fuseki's query execution with the request's {@link #limit} as Jena's overall timeout (Fuseki reads only whole
     * seconds, and logs a warning for "0.5"): at the limit Jena cancels the query, which stops a sort or an aggregate
     * that reads no more data, where the {@link Deadline} is not looked at. Its operators run on
     * {@link ServedExecutor} (paths evaluated once per bound end, sort keys computed once per solution).
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return ServedExecutor.install(QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext()))
                .overallTimeout(limit(action).toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private QueryExecResult runToCompletion(HttpAction action, QueryExec exec, Query query) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = take(rows, action);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph result = DatasetGraphFactory.create();
            take(exec.constructQuads(), action).forEach(result::add);
            return new QueryExecResult(result);
        }
        if (query.isDescribeType()) {
            Graph result = GraphFactory.createDefaultGraph();
            take(exec.describeTriples(), action).forEach(result::add);
            return new QueryExecResult(result);
        }
        if (query.isAskType()) {
            return new QueryExecResult(exec.ask());
        }
        List<JsonObject> items = take(exec.execJsonItems(), action);
        return new QueryExecResult(items.iterator());
    }

    /** Drains up to max rows items, flagging the response if more were left. */
    private <T> List<T> take(Iterator<T> items, HttpAction action) {
        List<T> kept = new ArrayList<>();
        while (kept.size() < maxRows && items.hasNext()) {
            kept.add(items.next());
        }
        if (items.hasNext()) {
            action.setResponseHeader(TRUNCATED_HEADER, Integer.toString(maxRows));
        }
        return kept;
    }
}
