package io.dossier.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds a response's body back so the page cache can keep it: headers go through to the real
 * response (and are noted for replay), the body is buffered and written by {@link #finish}.
 * Errors and redirects go straight through and make the response one not to keep.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final List<CachedPage.Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean passedThrough;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the application answered 200 with a body it did not send itself. */
    boolean keepable() {
        return !passedThrough
                && status == SC_OK
                && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Set-Cookie"));
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    List<CachedPage.Header> headers() {
        return List.copyOf(headers);
    }

    /** Sends the buffered body, unless the response already went out as an error or redirect. */
    void finish() throws IOException {
        if (passedThrough || status == SC_NOT_MODIFIED || status == SC_NO_CONTENT) {
            return;
        }
        byte[] bytes = body();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        headers.add(new CachedPage.Header(name, value));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(new CachedPage.Header(name, value));
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, String.valueOf(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, String.valueOf(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(
                name,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC)));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(
                name,
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC)));
    }

    @Override
    public void setContentLength(int len) {
        // the length is the buffered body's, set in finish()
    }

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the page cache buffers responses synchronously");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = SC_OK;
        super.reset();
    }
}
