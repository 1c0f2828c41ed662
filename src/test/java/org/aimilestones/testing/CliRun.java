package org.aimilestones.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.aimilestones.cli.Main;

/** What one run of the ai-milestones command line printed, and its exit code; {@link #ai-milestones} runs it in-process. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs the ai-milestones command line with these arguments as main does, capturing standard output and error. */
    public static CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
