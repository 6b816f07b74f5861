package io.dossier.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that make every response harder to abuse. Public pages get a strict Content Security
 * Policy: scripts and styles from this site only, nothing inline (stored HTML is sanitized as
 * well; this is the second line). In the back office scripts are PrimeFaces' business: it sends
 * its own nonce-based Content-Security-Policy (primefaces.CSP in web.xml), browsers enforce both
 * headers, and ours only forbids plugins, foreign form targets and framing.
 * Admin pages are never cached, so a shared computer shows nothing after logout. Answers over
 * HTTPS tell browsers to keep to HTTPS for a year (HSTS).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String PUBLIC_POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** No default-src: it would also govern scripts and block PrimeFaces' nonce'd ones. */
    static final String ADMIN_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also for answers made before any filter runs (authentication's refusals). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        boolean admin = request.getRequestURI().startsWith(request.getContextPath() + "/admin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", admin ? "DENY" : "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", admin ? ADMIN_POLICY : PUBLIC_POLICY);
        if (admin) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) { // over TLS here, or at a trusted proxy (ForwardedHeaders)
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
