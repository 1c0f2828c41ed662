package org.aimilestones.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.aimilestones.load.GraphSource;
import org.aimilestones.load.KnowledgeGraph;
import org.aimilestones.load.LoadException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands that work on the graph: the shared --data option and output streams. What they throw is
 * reported by {@link ErrorReport} (a load error: "file:line:col: message", exit 1).
 */
public abstract class GraphCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @ParentCommand
    private Main parent;

    /** Runs the command; what it throws is reported by {@link ErrorReport}. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        return run();
    }

    /** @return the --data directory of this subcommand, else of the top command, else the bundled graph */
    protected GraphSource source() {
        return data.dir().or(() -> parent.data().dir()).map(GraphSource::directory).orElseGet(GraphSource::bundled);
    }

    /** @return the graph of {@link #source()}, loaded */
    protected KnowledgeGraph load() throws LoadException {
        return KnowledgeGraph.load(source());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
