package org.aimilestones.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads every request body into memory before anything behind it runs, without a thread waiting on the client: the
 * body is read as it arrives ({@code Request.read}/{@code demand}), and only a complete body is handed on, so a servlet
 * reading it never blocks. A body larger than max is a 413 (counted as it arrives, whatever Content-Length says; the
 * rest of it is read and dropped, up to {@link #DRAIN} more bytes, so that the client, still sending, gets the 413); a
 * body arriving slower than {@link DataRate} allows, or not at all until the idle timeout, is a 408 and the connection
 * is closed. A body with Content-Encoding is decoded here ({@link ContentCoding}, at most max + 1 decoded bytes) and
 * handed on plain (413 if it decodes to more than max, 415 for a coding not decoded here, 400 if it does not decode).
 */
final class BodyReadHandler extends Handler.Wrapper {

    private final long max;
    private final DataRate rate;

    /** @param max the most bytes of a body, sent or decoded; @param rate the slowest a body may arrive */
    BodyReadHandler(long max, DataRate rate, Handler handler) {
        super(handler);
        if (max < 1) {
            throw new IllegalArgumentException("max body " + max + " bytes is not positive");
        }
        this.max = max;
        this.rate = rate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        if (!headers.contains(HttpHeader.TRANSFER_ENCODING) && request.getLength() <= 0) {
            return super.handle(request, response, callback);
        }
        String coding = headers.get(HttpHeader.CONTENT_ENCODING);
        try {
            ContentCoding.check(coding);
        } catch (ContentCoding.Unsupported e) {
            refuse(response, callback, 415, e.getMessage());
            return true;
        }
        if (request.getLength() > max + DRAIN) {
            refuse(response, callback, 413, tooLarge(false));
            return true;
        }
        new Reading(request, response, callback, coding, request.getLength() > max).run();
        return true;
    }

    private String tooLarge(boolean decoded) {
        return "Request body too large: this server takes at most " + max + " bytes"
                + (decoded ? " of decoded body (Content-Encoding counts the body as decoded)." : ".");
    }

    /**
     * How much of a body over the limit is read (and dropped) before the 413 is sent: a client still sending when the
     * connection is closed gets a reset instead of the 413 (its unread bytes make the kernel reset the connection).
     */
    static final long DRAIN = 1 << 20;

    private static void refuse(Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        PlainText.send(response, callback, status, message);
    }

    /** One body being read: called again (demand) whenever more of it may have arrived. */
    private final class Reading implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final String coding;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Scheduler.Task check;
        private boolean over;
        /** Whether the body is over the limit: the rest is read and dropped (up to {@link #DRAIN}), then 413. */
        private boolean draining;
        /** Bytes received, kept or dropped. */
        private long received;

        Reading(Request request, Response response, Callback callback, String coding, boolean draining) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.coding = coding;
            this.draining = draining;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    if (waitMore()) {
                        request.demand(this);
                    }
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    boolean timeout = chunk.getFailure() instanceof TimeoutException;
                    end(timeout ? 408 : 400, timeout ? "Request timeout: the body did not arrive in time."
                            : "Bad request: the body cannot be read.");
                    return;
                }
                boolean last = chunk.isLast();
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean drained;
                synchronized (this) {
                    if (over) {
                        chunk.release();
                        return;
                    }
                    received += bytes.remaining();
                    if (!draining) {
                        int n = Math.min(bytes.remaining(), (int) Math.max(0, max + 1 - body.size()));
                        byte[] copy = new byte[n];
                        bytes.get(copy);
                        body.write(copy, 0, n);
                        draining = body.size() > max;
                    }
                    drained = draining && (last || received > max + DRAIN);
                }
                chunk.release();
                if (drained) {
                    end(413, tooLarge(false));
                    return;
                }
                if (last) {
                    handOn();
                    return;
                }
            }
        }

        /** @return whether to wait for more: not if the body is already too slow (then a 408 is sent) */
        private boolean waitMore() {
            long received;
            synchronized (this) {
                if (over) {
                    return false;
                }
                received = this.received;
            }
            long elapsed = System.nanoTime() - request.getHeadersNanoTime();
            if (rate.tooSlow(received, elapsed)) {
                tooSlow();
                return false;
            }
            synchronized (this) {
                if (check == null) {
                    schedule(rate.dueNanos(received) - elapsed);
                }
            }
            return true;
        }

        /** The timer: fires when the body would become too slow unless more has come; then checks again. */
        private void schedule(long delayNanos) {
            Scheduler scheduler = request.getComponents().getScheduler();
            check = scheduler.schedule(() -> {
                long received;
                synchronized (this) {
                    if (over) {
                        return;
                    }
                    received = this.received;
                }
                long elapsed = System.nanoTime() - request.getHeadersNanoTime();
                if (rate.tooSlow(received, elapsed)) {
                    tooSlow();
                } else {
                    synchronized (this) {
                        if (!over) {
                            schedule(rate.dueNanos(received) - elapsed + 1);
                        }
                    }
                }
            }, Math.max(1, delayNanos), TimeUnit.NANOSECONDS);
        }

        private void tooSlow() {
            end(408, "Request timeout: the body arrived too slowly; this server needs at least " + rate.describe()
                    + ".");
        }

        /** @return whether this call ended the reading (a timer and the reader may both try) */
        private synchronized boolean finish() {
            if (over) {
                return false;
            }
            over = true;
            if (check != null) {
                check.cancel();
            }
            return true;
        }

        private void end(int status, String message) {
            if (finish()) {
                refuse(response, callback, status, message);
            }
        }

        private void handOn() {
            if (!finish()) {
                return;
            }
            byte[] raw = body.toByteArray();
            byte[] plain;
            try {
                plain = ContentCoding.decode(coding, raw, max);
            } catch (ContentCoding.Unsupported e) {
                refuse(response, callback, 415, e.getMessage());
                return;
            } catch (ContentCoding.Undecodable e) {
                refuse(response, callback, 400, e.getMessage());
                return;
            }
            if (plain.length > max) {
                refuse(response, callback, 413, tooLarge(true));
                return;
            }
            Request read = new ReadBody(request, plain, coding != null);
            try {
                if (!BodyReadHandler.super.handle(read, response, callback)) {
                    Response.writeError(read, response, callback, 404);
                }
            } catch (Throwable failure) {
                Response.writeError(read, response, callback, failure);
            }
        }
    }

    /** The request as handed on: its body from memory, decoded, with Content-Length saying its size. */
    private static final class ReadBody extends Request.Wrapper {

        private final byte[] body;
        private final HttpFields headers;
        private boolean read;

        ReadBody(Request request, byte[] body, boolean decoded) {
            super(request);
            this.body = body;
            HttpFields.Mutable fields = HttpFields.build(request.getHeaders());
            fields.remove(HttpHeader.TRANSFER_ENCODING);
            if (decoded) {
                fields.remove(HttpHeader.CONTENT_ENCODING);
            }
            fields.put(HttpHeader.CONTENT_LENGTH, Long.toString(body.length));
            this.headers = fields.asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }

        @Override
        public long getLength() {
            return body.length;
        }

        @Override
        public synchronized Content.Chunk read() {
            if (read) {
                return Content.Chunk.EOF;
            }
            read = true;
            return Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            synchronized (this) {
                read = true;
            }
            return true;
        }

        @Override
        public void fail(Throwable failure) {
            synchronized (this) {
                read = true;
            }
        }
    }
}
