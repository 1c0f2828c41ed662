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
 * Build step, not a command for users: makes the class-data-sharing archive that {@code bin/ai-milestones} hands to the JVM.
 * It lists the classes that {@link ClassArchiveTraining} loads, then has the JVM dump them with the JDK's own into a
 * static archive: unlike an archive written at exit, that one also holds picocli's classes, which are Java 5 class
 * files. The launcher runs a copy of the jar in run/KEY/ beside it, which a rebuild does not touch, and a Java 17
 * archive only fits the jar path it was made for: so the copy is made here, as the launcher would make it
 * (target/ai-milestones.jar gives target/run/KEY/ai-milestones.jar), and the archive is made for it
 * (target/run/KEY/ai-milestones.jsa).
 */
public final class ClassArchive {

    private ClassArchive() {}

    /** @param args the jar to make the archive for */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1 || !args[0].endsWith(".jar")) {
            System.err.println("usage: ClassArchive JAR");
            System.exit(Main.EXIT_USAGE);
        }
        Path built = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(archiveOf(built)); // made by an earlier build, for a jar that is not run any more
        Path run = built.resolveSibling("run").resolve(runKey(built));
        Files.createDirectories(run);
        Path jar = run.resolve(built.getFileName());
        Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Path archive = archiveOf(jar);
        Path classList = Files.createTempFile("ai-milestones-classes", ".lst");
        try {
            run(List.of("-XX:DumpLoadedClassList=" + classList, "-cp", jar.toString(),
                    ClassArchiveTraining.class.getName()), true);
            Files.deleteIfExists(archive);
            run(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                    "-cp", jar.toString()), false);
        } finally {
            Files.delete(classList);
        }
        System.out.println("class archive: " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB)");
    }

    /** @return the archive of jar: the .jsa file of the same name beside it */
    private static Path archiveOf(Path jar) {
        return jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
    }

    /**
     * @return the name bin/ai-milestones gives the folder of its copy of jar: inode, size and modification time in
     *         seconds, as {@code stat -c %i-%s-%Y} prints them
     */
    static String runKey(Path jar) throws IOException {
        Object inode = Files.getAttribute(jar, "unix:ino");
        return inode + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS);
    }

    /** Runs java with options in a child JVM; its output is shown if show is set or if it fails. */
    private static void run(List<String> options, boolean show) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = java.waitFor();
        if (show || exit != 0) {
            System.out.print(output);
        }
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from " + String.join(" ", command));
        }
    }
}
