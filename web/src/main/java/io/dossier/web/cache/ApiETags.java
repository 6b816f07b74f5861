package io.dossier.web.cache;

import io.dossier.core.text.Digests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * ETags for the read APIs ({@code /api/*}, {@code /wp-json/*}): a successful GET's body is hashed
 * into a weak ETag (weak, since the listener may gzip it), and a client that sends it back in
 * {@code If-None-Match} gets 304 without the body. Clients re-check every time ({@code no-cache}),
 * so a changed post shows at once. Writes pass through untouched.
 */
@WebFilter(
        filterName = "ApiETags",
        urlPatterns = {"/api/*", "/wp-json/*"})
public class ApiETags extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getMethod().equals("GET")) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            write(response, body);
            return;
        }
        String etag = "W/\"" + Digests.sha256Hex(body, 16) + "\"";
        response.setHeader("ETag", etag);
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        if (ETags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(-1);
            return;
        }
        write(response, body);
    }

    private static void write(HttpServletResponse response, byte[] body) throws IOException {
        if (body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Holds the body until the ETag is known. */
    private static final class Buffered extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("buffered for the ETag");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set from the buffer when written
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the buffer when written
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
