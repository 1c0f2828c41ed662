package org.aimilestones.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aimilestones.load.Snapshot;
import org.aimilestones.vocab.Release;
import org.apache.jena.sys.JenaSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The ai-milestones command line: query, export, describe and validate the AI-milestones knowledge graph. */
@Command(name = "ai-milestones", mixinStandardHelpOptions = true, versionProvider = Main.ReleaseVersion.class,
        description = "Query, export, describe and validate the ai-milestones knowledge graph of AI milestones.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure (load error, non-conforming graph, a port in use, a path that cannot be written)",
            "2:usage error (bad option or value, unknown or malformed query, a folder that does not exist)",
        },
        footerHeading = "%nErrors:%n",
        footer = "An error prints one line saying what is wrong and what to do; add --debug for the stack trace.")
public final class Main implements Callable<Integer> {

    /** --version: the release written once in pom.xml. */
    static final class ReleaseVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ai-milestones " + Release.VERSION};
        }
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    /**
     * The subcommands by the name of each one's @Command (written out, not read from the annotations, which takes
     * time at start; a test keeps them in step), in the order the usage lists them.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = ErrorReport.DEBUG, scope = ScopeType.INHERIT,
            description = "On an error, print its stack trace after the one-line message.")
    private boolean debug;

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

    /** @return a fresh command line for ai-milestones with every subcommand; tests set its out and err writers */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.values());
    }

    /**
     * @return a fresh command line to run args with: picocli reads the annotations of every subcommand it is given
     *         (all nine cost about 85 ms more than one at start), so when args name a subcommand only that one is
     *         added (the usage, help, and errors such as an unknown subcommand get them all)
     */
    public static CommandLine commandLine(String... args) {
        return subcommandNamed(args).filter(name -> !name.equals("help"))
                .map(name -> commandLine(List.of(SUBCOMMANDS.get(name))))
                .orElseGet(Main::commandLine);
    }

    private static CommandLine commandLine(Collection<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new Main());
        subcommands.forEach(cli::addSubcommand);
        ErrorReport errors = new ErrorReport();
        return cli.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    /** The first argument that is not an option of ai-milestones itself, if it names a subcommand. */
    private static Optional<String> subcommandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return SUBCOMMANDS.containsKey(args[i]) ? Optional.of(args[i]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Starts Jena (its subsystems: RIOT, ARQ, TDB2, SHACL, Fuseki's; about 50 ms) in a thread of its own, for serve, the
     * command whose time to start counts, to run on the other core while picocli builds the command line. No class
     * may be initialized by both threads at once while Jena starts (Jena's classes need each other at initialization,
     * which is why JenaSystem.init starts them in an order; two threads initializing such classes from both ends
     * would wait for each other for ever): building serve's command line initializes no Jena class (serve has no
     * option of a Jena type, no enum option), and the command runs only once this thread is done ({@link #join}).
     * When serve will serve the bundled graph as it is (read-only, no other data), that graph is read from the jar's
     * snapshot meanwhile, in a thread of its own ({@link Snapshot#readAhead}: its bytes at once, its terms and triples
     * once this thread is done), and serve builds the server while it is read (it listens once the graph is read).
     * After Jena's start, the threads initialize classes of their own as any threads of a server do.
     */
    private static Thread startJena(boolean readBundle) {
        Thread jena = new Thread(() -> JenaSystem.init(), "ai-milestones-jena-init");
        jena.setDaemon(true);
        jena.start();
        if (readBundle) {
            Snapshot.readAhead(() -> join(jena));
        }
        return jena;
    }

    /**
     * @return true if serve's arguments name no other data and no updates (the bundled graph is served as it is), and
     *         ask for no help
     */
    private static boolean servesTheBundleAsItIs(String[] args) {
        return List.of(args).stream().noneMatch(arg -> arg.startsWith("--data") || arg.startsWith("--tdb2")
                || arg.startsWith("--allow-update") || arg.equals("--help") || arg.equals("-h"));
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("query", QueryCommand.class);
        byName.put("paths", PathsCommand.class);
        byName.put("export", ExportCommand.class);
        byName.put("stats", StatsCommand.class);
        byName.put("validate", ValidateCommand.class);
        byName.put("serve", ServeCommand.class);
        byName.put("generate", GenerateCommand.class);
        byName.put("load", LoadCommand.class);
        byName.put("push", PushCommand.class);
        byName.put("release", ReleaseCommand.class);
        byName.put("scaffold", ScaffoldCommand.class);
        byName.put("expected", ExpectedCommand.class);
        byName.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(byName);
    }

    public static void main(String[] args) {
        Optional<Thread> jena = subcommandNamed(args).filter("serve"::equals)
                .map(serve -> startJena(servesTheBundleAsItIs(args)));
        CommandLine cli = commandLine(args);
        jena.ifPresent(Main::join);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exit;
        try {
            exit = cli.execute(args);
        } catch (Error e) { // what picocli does not catch: out of memory, a class missing from a replaced jar, ...
            ErrorReport.Report report = ErrorReport.report(e, "ai-milestones");
            ErrorReport.print(report, e, List.of(args).contains(ErrorReport.DEBUG), cli.getErr());
            exit = report.exitCode();
        }
        System.exit(exit);
    }
}
