package org.aikg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The aikg command line: query, export, describe and validate the AI-milestones knowledge graph. */
@Command(name = "aikg", mixinStandardHelpOptions = true, version = "aikg 0.1.0",
        description = "Query, export, describe and validate the aikg knowledge graph of AI milestones.",
        subcommands = {
            QueryCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            ValidateCommand.class,
            ServeCommand.class,
            GenerateCommand.class,
            LoadCommand.class,
            PushCommand.class,
            HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure (load error, non-conforming graph)",
            "2:usage error (bad option, unknown or malformed query)",
        })
public final class Main implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    /** @return the --data option given before the subcommand */
    DataOption data() {
        return data;
    }

    /** Without a subcommand: show the usage and fail as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    /** @return a fresh command line for aikg; tests set its out and err writers */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }
}
