package org.aimilestones.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Build step, not a command for users: prepares what {@code bin/ai-milestones} runs the jar with.
 *
 * <ul>
 * <li>{@code ai-milestones.jdk} beside the jar: the home of the JDK this step runs on (the build's JDK, which Maven's
 * toolchain chose), for the launcher to run the jar on the same JDK;
 * <li>the launcher's copy of the jar, {@code run/KEY/ai-milestones.jar} beside it (a rebuild does not touch it; KEY as
 * the launcher computes it), and, on JDK 25 or later, the AOT cache of that copy, {@code run/KEY/ai-milestones.aot}
 * (JEP 483, 514, 515): the classes that {@link AotTraining} — a start and a first visit — loads, already parsed and
 * linked, with the method profiles of that run. A cache is tied to the JDK build, the jar (its path, size and time)
 * and JVM options such as compact object headers, so it is made with the launcher's own options file, and then
 * checked: a JVM started on it with {@code -XX:AOTMode=on} must start.
 * </ul>
 */
public final class AotCache {

    /** The release from which the JVM makes an AOT cache in one run ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int FIRST_RELEASE = 25;

    private AotCache() {}

    /** @param args the jar, and the launcher's file of JVM options (bin/jvm.options) */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 || !args[0].endsWith(".jar")) {
            System.err.println("usage: AotCache JAR JVM-OPTIONS-FILE");
            System.exit(Main.EXIT_USAGE);
        }
        Path built = Path.of(args[0]).toAbsolutePath();
        Path options = Path.of(args[1]).toAbsolutePath();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Files.writeString(sibling(built, ".jdk"), javaHome + "\n", StandardCharsets.UTF_8);
        Path run = built.resolveSibling("run").resolve(runKey(built));
        Files.createDirectories(run);
        Path jar = run.resolve(built.getFileName());
        Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Path cache = sibling(jar, ".aot");
        Files.deleteIfExists(cache);
        if (Runtime.version().feature() < FIRST_RELEASE) {
            System.out.println("no AOT cache: Java " + Runtime.version().feature() + " makes none (Java "
                    + FIRST_RELEASE + " or later does); bin/ai-milestones runs the jar without one");
            return;
        }
        Path java = javaHome.resolve("bin").resolve("java");
        run(List.of(java.toString(), "@" + options, "-XX:AOTCacheOutput=" + cache, "-Xlog:aot=error",
                "-cp", jar.toString(), AotTraining.class.getName()));
        run(List.of(java.toString(), "@" + options, "-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-jar",
                jar.toString(), "--version"));
        System.out.println("AOT cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB), for " + javaHome);
    }

    /** @return the file beside jar with its name and suffix instead of .jar */
    static Path sibling(Path jar, String suffix) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", suffix));
    }

    /**
     * @return the name bin/ai-milestones gives the folder of its copy of jar: inode, size and modification time in
     *         seconds, as {@code stat -c %i-%s-%Y} prints them
     */
    static String runKey(Path jar) throws IOException {
        Object inode = Files.getAttribute(jar, "unix:ino");
        return inode + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
    }

    /** Runs command; its output is shown if it fails. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            System.out.print(output);
            throw new IllegalStateException("exit code " + exit + " from " + String.join(" ", command));
        }
    }
}
