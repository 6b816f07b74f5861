package io.dossier.web.cache;

import io.dossier.core.cache.Dependencies;
import io.dossier.core.text.Digests;
import io.dossier.web.security.HostCheck;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Serves anonymous GET and HEAD requests for public pages, feeds, sitemaps and API reads from the
 * {@link PageCache}, and stores what it renders for them with the dependencies the render named.
 * Anyone with a session or credentials goes past it (they may see drafts, or the admin bar), and
 * so do the admin, static files and media, which have their own caching. Stored pages answer
 * conditional requests with 304, and gzip once at store time rather than on every request.
 */
@WebFilter(filterName = "PageCache", urlPatterns = "/*")
public class PageCacheFilter extends HttpFilter {

    private static final List<String> UNCACHED =
            List.of("/admin/", "/static/", "/jakarta.faces.resource/", "/media/", "/openapi");
    private static final int MAX_BODY = 2 * 1024 * 1024;
    private static final int GZIP_FROM = 1024;

    @Inject
    PageCache cache;

    @Inject
    PageCacheInvalidator invalidator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cache.enabled() || !cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        invalidator.catchUp();
        String key = key(request);
        CachedPage page = cache.get(key);
        if (page != null) {
            response.setHeader("X-Cache", "HIT");
            serve(page, request, response);
            return;
        }
        if (!request.getMethod().equals("GET")
                || !invalidator.ready()
                || request.getAttribute(HostCheck.OTHER_HOST) != null) {
            chain.doFilter(request, response);
            return;
        }
        long mark = cache.mark();
        CapturingResponse capture = new CapturingResponse(response);
        try (Dependencies.Recording recording = Dependencies.record()) {
            chain.doFilter(request, capture);
            byte[] body = capture.body();
            if (capture.keepable() && body.length <= MAX_BODY && !privateResponse(capture)) {
                CachedPage stored = store(key, capture, body, recording);
                if (cache.put(stored, mark)) {
                    response.setHeader("X-Cache", "MISS");
                    if (response.getHeader("Vary") == null) {
                        response.setHeader("Vary", "Accept-Encoding");
                    }
                    if (response.getHeader("ETag") == null) {
                        response.setHeader("ETag", stored.etag());
                    }
                }
            }
        }
        capture.finish();
    }

    private static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (UNCACHED.stream().anyMatch(path::startsWith) || request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equalsIgnoreCase("JSESSIONID")
                        || cookie.getName().startsWith("JSESSIONIDSSO")) {
                    return false; // signed in, or was: may see what readers do not
                }
            }
        }
        return true;
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static boolean privateResponse(CapturingResponse capture) {
        return capture.headers().stream()
                .anyMatch(h -> h.name().equalsIgnoreCase("Cache-Control")
                        && (h.value().contains("private") || h.value().contains("no-store")));
    }

    private static CachedPage store(
            String key, CapturingResponse capture, byte[] body, Dependencies.Recording recording) throws IOException {
        String contentType = capture.getContentType();
        String etag = capture.headers().stream()
                .filter(h -> h.name().equalsIgnoreCase("ETag"))
                .map(CachedPage.Header::value)
                .findFirst()
                .orElseGet(() -> "W/\"" + Digests.sha256Hex(body, 20) + "\"");
        byte[] gzipped = null;
        if (body.length >= GZIP_FROM && compressible(contentType)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            }
            gzipped = out.toByteArray();
        }
        Instant lastModified = capture.headers().stream()
                .filter(h -> h.name().equalsIgnoreCase("Last-Modified"))
                .findFirst()
                .map(h -> Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(h.value())))
                .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<CachedPage.Header> headers = capture.headers().stream()
                .filter(h -> !h.name().equalsIgnoreCase("ETag")
                        && !h.name().equalsIgnoreCase("Last-Modified")
                        && !h.name().equalsIgnoreCase("Content-Type")
                        && !h.name().equalsIgnoreCase("Vary")
                        && !h.name().equalsIgnoreCase("X-Cache"))
                .toList();
        return new CachedPage(key, contentType, headers, body, gzipped, etag, lastModified, recording.tags());
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript");
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach(h -> response.addHeader(h.name(), h.value()));
        response.setHeader("ETag", page.etag());
        response.setHeader(
                "Last-Modified",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atOffset(ZoneOffset.UTC)));
        if (response.getHeader("Vary") == null) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        byte[] bytes = page.body();
        String accept = request.getHeader("Accept-Encoding");
        if (page.gzipped() != null && accept != null && accept.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            bytes = page.gzipped();
        }
        response.setContentLength(bytes.length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ETags.matches(ifNoneMatch, page.etag());
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since >= 0 && !page.lastModified().isAfter(Instant.ofEpochMilli(since));
    }
}
