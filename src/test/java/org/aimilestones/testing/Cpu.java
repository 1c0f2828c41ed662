package org.aimilestones.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time a server in this JVM spends, for tests that bound it: the time of the JVM's Java threads (the server's
 * request carriers and workers, and the test's own), not the process's. The JVM's compiler and collector threads are
 * not Java threads; after other test classes their work showed as more than a core busy, and counted as the server's.
 */
public final class Cpu {

    private Cpu() {}

    /** @return the CPU time of the live Java threads, in nanoseconds (a thread that ended no longer counts) */
    public static long javaThreadsNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (long id : threads.getAllThreadIds()) {
            nanos += Math.max(0, threads.getThreadCpuTime(id));
        }
        return nanos;
    }
}
