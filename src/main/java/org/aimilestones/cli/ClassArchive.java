package org.aimilestones.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step, not a command for users: makes the class-data-sharing archive that {@code bin/ai-milestones} hands to the JVM,
 * next to the jar (target/ai-milestones.jar gives target/ai-milestones.jsa). It lists the classes that {@link ClassArchiveTraining}
 * loads, then has the JVM dump them with the JDK's own into a static archive: unlike an archive written at exit, that
 * one also holds picocli's classes, which are Java 5 class files.
 */
public final class ClassArchive {

    private ClassArchive() {}

    /** @param args the jar to make the archive for */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1 || !args[0].endsWith(".jar")) {
            System.err.println("usage: ClassArchive JAR");
            System.exit(Main.EXIT_USAGE);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
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
