package org.aimilestones.server;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds how long a response may wait on a client that takes it slowly: the time its writes spend waiting on the
 * client (not the time the server spends computing between them) must stay within {@link DataRate} for the bytes
 * already taken, else the connection is closed, which ends the waiting write. A client that never reads is cut by the
 * idle timeout anyway; this also cuts one that reads a little now and then to keep the connection from going idle.
 */
final class WriteRateHandler extends Handler.Wrapper {

    private final DataRate rate;

    WriteRateHandler(DataRate rate, Handler handler) {
        super(handler);
        this.rate = rate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Paced(request, response), callback);
    }

    /** A response whose writes are timed. */
    private final class Paced extends Response.Wrapper {

        private long taken;
        private long waited;

        Paced(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            long due;
            synchronized (this) {
                due = rate.dueNanos(taken) - waited;
            }
            Write write = new Write(callback, content == null ? 0 : content.remaining());
            write.cut = getRequest().getComponents().getScheduler().schedule(write::timeUp, Math.max(1, due),
                    TimeUnit.NANOSECONDS);
            super.write(last, content, write);
        }

        /** One write: its callback, and the timer that closes the connection if it still waits when time is up. */
        private final class Write extends Callback.Nested {

            private final long start = System.nanoTime();
            private final int bytes;
            private final AtomicBoolean waiting = new AtomicBoolean(true);
            private volatile Scheduler.Task cut;

            Write(Callback callback, int bytes) {
                super(callback);
                this.bytes = bytes;
            }

            @Override
            public void succeeded() {
                done(bytes);
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                done(0);
                super.failed(failure);
            }

            private void done(int sent) {
                if (!waiting.getAndSet(false)) {
                    return;
                }
                Scheduler.Task task = cut;
                if (task != null) {
                    task.cancel();
                }
                synchronized (Paced.this) {
                    taken += sent;
                    waited += System.nanoTime() - start;
                }
            }

            private void timeUp() {
                if (waiting.get()) {
                    getRequest().getConnectionMetaData().getConnection().getEndPoint().close(new TimeoutException(
                            "the client takes the response slower than " + rate.describe()));
                }
            }
        }
    }
}
