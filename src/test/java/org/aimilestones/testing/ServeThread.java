package org.aimilestones.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimilestones.cli.Main;

/** `ai-milestones serve ARGS --port 0` run through the command line in a thread, as a user would start it. */
public final class ServeThread implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("ai-milestones serving (http://127\\.0\\.0\\.1:(\\d+)/) \\(.*\\)\n");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private final Thread thread;
    private final Matcher ready;

    /** Starts the server and waits (up to 60 s) for its ready line; fails if it does not come. */
    public ServeThread(String... args) throws InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "serve";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--port";
        command[args.length + 2] = "0";
        thread = new Thread(() -> exitCode.set(Main.commandLine().setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(command)), "ai-milestones-serve");
        thread.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (out.toString().isEmpty() && thread.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        ready = READY.matcher(out.toString());
        if (!ready.matches()) {
            close();
            throw new AssertionError("no ready line from ai-milestones serve: " + out + err);
        }
    }

    /** @return the server's base URL, ending in "/" */
    public String url() {
        return ready.group(1);
    }

    /** @return the port the server chose */
    public int port() {
        return Integer.parseInt(ready.group(2));
    }

    /** @return everything printed on standard output so far */
    public String out() {
        return out.toString();
    }

    /** @return everything printed on standard error so far */
    public String err() {
        return err.toString();
    }

    /** @return the command's exit code once it has stopped, -1 before */
    public int exitCode() {
        return exitCode.get();
    }

    /** Stops the server as an interrupt would, and waits for the command to return. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(15_000);
    }
}
