package org.aimilestones.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;

/**
 * The pages outside the query service run under the same guards as queries: the landing page, /search (and the
 * editor's completions /api/complete and /api/terms), the
 * linked-data pages (/resource/, /page/, /data/), the dataset description (/.well-known/void, /dataset.ext),
 * /dumps/ and /sitemap.xml each take a {@link QuerySlots} slot (shared with the query endpoint) and run under the
 * server's {@link Deadline}. The slot is freed and the deadline ended when the page starts writing its answer (it is
 * made by then; sending it to a slow reader is the transport's business). No free slot in time is a 503 with
 * Retry-After; a deadline passed while the page was made (or while a whole-graph figure it needs, see
 * {@link PerVersion}, was still being computed) is a 503 too; each with the server's own message in English and
 * Chinese (two lines: the error page shows each in its language). Every other path passes untouched (the query endpoint takes its slot itself).
 */
final class PageGuardFilter implements Filter {

    /** The paths guarded exactly. */
    static final List<String> PATHS = List.of("", "/", "/search", "/paths", "/.well-known/void", "/sitemap.xml",
            "/api/complete", "/api/terms");
    /** The path prefixes guarded. */
    static final List<String> PREFIXES = List.of("/resource/", "/page/", "/data/", "/dataset.", "/dumps/");

    private final QuerySlots slots;
    private final Duration timeout;

    PageGuardFilter(QuerySlots slots, Duration timeout) {
        this.slots = slots;
        this.timeout = timeout;
    }

    /** @return whether path (after the context path, still percent-encoded) is a guarded page */
    static boolean guarded(String path) {
        return PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!guarded(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        Runnable release;
        try {
            release = slots.take();
        } catch (QuerySlots.BusyException e) {
            refuse(response, "Server busy: " + slots.size() + " queries and pages are being answered, the most it"
                    + " answers at once. Try again in " + slots.retryAfterSeconds() + " s.",
                    "服务器繁忙：正在处理 " + slots.size() + " 个查询和页面，已达同时处理的上限。请 "
                    + slots.retryAfterSeconds() + " 秒后重试。");
            return;
        }
        Runnable done = () -> {
            Deadline.end();
            release.run();
        };
        try {
            Deadline.within(timeout, () -> {
                try {
                    chain.doFilter(request, new FreedOnWrite(response, done));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw (ServletException) e.getCause();
        } catch (PerVersion.NotReadyException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, "Not ready: " + e.getMessage() + " (after a start or a change), which takes longer"
                    + " than this server's limit of " + seconds() + " s for a page. Try again in "
                    + slots.retryAfterSeconds() + " s.",
                    "尚未就绪：" + chinese(e.what()) + "正在为当前数据计算（启动或数据更新之后），超过了服务器对页面的时限 "
                    + seconds() + " 秒。请 " + slots.retryAfterSeconds() + " 秒后重试。");
        } catch (QueryCancelledException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, "Page timed out: it took longer than this server's limit of " + seconds() + " s."
                    + " Try again in " + slots.retryAfterSeconds() + " s.",
                    "页面超时：超过了服务器的时限 " + seconds() + " 秒。请 " + slots.retryAfterSeconds() + " 秒后重试。");
        } finally {
            done.run();
        }
    }

    /** 503 with Retry-After, through the server's error handler (plain text, or the HTML page for a browser). */
    private void refuse(HttpServletResponse response, String english, String chinese) throws IOException {
        response.setHeader("Retry-After", Long.toString(slots.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, english + "\n" + chinese);
    }

    /** @return the time limit in seconds, e.g. "10" or "0.5" */
    private String seconds() {
        return Deadline.number(timeout);
    }

    /** @return what is computed, in Chinese (the names {@link PerVersion} users give, else the English name) */
    private static String chinese(String what) {
        return switch (what) {
            case DatasetDescription.WHAT -> "数据集描述（VoID/DCAT）";
            case DumpFiles.WHAT -> "数据转储文件";
            default -> what.startsWith("the landing page") ? "首页的统计数字"
                    : what.startsWith("the list of sources") ? "来源列表（年份与版权说明）" : what;
        };
    }

    private static final class WrappedServletException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedServletException(ServletException cause) {
            super(cause);
        }
    }

    /** The response, calling done before its first byte is written (or the buffer flushed). */
    private static final class FreedOnWrite extends HttpServletResponseWrapper {

        private final Runnable done;
        private ServletOutputStream out;
        private PrintWriter writer;

        FreedOnWrite(HttpServletResponse response, Runnable done) {
            super(response);
            this.done = done;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream inner = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        done.run();
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        done.run();
                        inner.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        done.run();
                        inner.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        done.run();
                        inner.close();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter inner = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] cbuf, int off, int len) {
                        done.run();
                        inner.write(cbuf, off, len);
                    }

                    @Override
                    public void write(String str, int off, int len) {
                        done.run();
                        inner.write(str, off, len);
                    }

                    @Override
                    public void flush() {
                        done.run();
                        inner.flush();
                    }

                    @Override
                    public void close() {
                        done.run();
                        inner.close();
                    }
                });
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            done.run();
            super.flushBuffer();
        }
    }
}
