package org.aimilestones.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * The SPARQL update endpoint (only with --allow-update, behind authentication): refuses LOAD, runs each request
 * in one write transaction under the {@link Deadline} and Jena's timeout (a timeout aborts it and frees the write lock:
 * 503), bounds its WHERE as queries are bounded ({@link QueryBounds}, {@link FunctionAllowList}, {@link ExprGuards}),
 * and maps refusals and errors in the request to 400.
 */
final class GuardedUpdateService extends SPARQL_Update {

    private final RequestPolicy policy;
    private final Duration timeout;

    GuardedUpdateService(RequestPolicy policy, Duration timeout) {
        this.policy = policy;
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request = parse(action, IO.readWholeFile(input));
        action.beginWrite();
        try {
            // the deadline for the data read, Jena's timeout to cancel what reads none (a sort, an aggregate)
            Deadline.within(timeout, () -> {
                UpdateExec.dataset(action.getActiveDSG()).update(request)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).execute();
                return null;
            });
            action.commit();
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "Update timed out: it ran longer than"
                    + " this server's limit of " + Deadline.seconds(timeout) + ", and was rolled back.", null);
        } catch (RefusedException | UpdateException | QueryException e) {
            action.abortSilent();
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, GuardedQueryService.plainMessage(e.getMessage()), null);
        } catch (StackOverflowError e) {
            action.abortSilent();
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, GuardedQueryService.TOO_DEEP, null);
        } catch (OutOfMemoryError e) {
            action.abortSilent();
            throw new ActionErrorException(HttpSC.SERVICE_UNAVAILABLE_503, "The update needed more memory than this"
                    + " server can give one request, and was rolled back.", null);
        } finally {
            action.endWrite();
        }
    }

    private UpdateRequest parse(HttpAction action, byte[] text) {
        UsingList using = new UsingList();
        String[] usingGraphs = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] usingNamed = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        for (String iri : usingGraphs == null ? new String[0] : usingGraphs) {
            using.addUsing(NodeFactory.createURI(iri));
        }
        for (String iri : usingNamed == null ? new String[0] : usingNamed) {
            using.addUsingNamed(NodeFactory.createURI(iri));
        }
        try {
            QueryBounds.checkText(new String(text, StandardCharsets.UTF_8));
            UpdateRequest request = UpdateFactory.read(using, new ByteArrayInputStream(text),
                    Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            QueryBounds.checkParsed(request);
            policy.checkUpdate(request);
            return ExprGuards.rewrite(request);
        } catch (StackOverflowError e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, GuardedQueryService.TOO_DEEP, null);
        } catch (QueryParseException e) {
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, SPARQLProtocol.messageForParseException(e), null);
        } catch (RefusedException | UpdateException | QueryException e) {
            // QueryException: the parser wraps the UpdateException of a protocol dataset that conflicts with USING/WITH
            throw new ActionErrorException(HttpSC.BAD_REQUEST_400, GuardedQueryService.plainMessage(e.getMessage()), null);
        }
    }
}
