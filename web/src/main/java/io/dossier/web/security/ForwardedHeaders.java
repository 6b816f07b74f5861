package io.dossier.web.security;

import io.dossier.core.security.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The first filter: behind a trusted proxy ({@code DOSSIER_TRUSTED_PROXIES}), the rest of the
 * application sees the request as the client made it (its address, whether it was HTTPS, the Host
 * it asked for), and redirects stay relative; from anyone else the forwarded headers change nothing.
 */
@WebFilter(filterName = "ForwardedHeaders", urlPatterns = "/*")
public class ForwardedHeaders extends HttpFilter {

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!proxies.any() || !proxies.trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        // Not around the login: the container's programmatic authentication wants its own response
        // (the login form sets its redirect as a path itself).
        boolean login = request.getRequestURI().startsWith(request.getContextPath() + PathAuthentication.LOGIN_PAGE);
        chain.doFilter(
                new ClientView(request, proxies.client(request)), login ? response : new RelativeRedirects(response));
    }

    /**
     * Redirects as the application wrote them (a path), not made absolute by the container, which
     * knows only the proxy's hop (http, its host): the browser resolves them against the address it
     * is on, https included.
     */
    static final class RelativeRedirects extends HttpServletResponseWrapper {

        RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            sendRedirect(location, status, true);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(status);
            setHeader("Location", location);
            flushBuffer();
        }
    }

    /** The request with the client's address, scheme and host in place of the proxy's. */
    static final class ClientView extends HttpServletRequestWrapper {

        private final TrustedProxies.Client client;

        ClientView(HttpServletRequest request, TrustedProxies.Client client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client.address();
        }

        @Override
        public String getRemoteHost() {
            return client.address();
        }

        @Override
        public boolean isSecure() {
            return client.secure();
        }

        @Override
        public String getScheme() {
            return client.secure() ? "https" : "http";
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Host") ? client.host() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (name.equalsIgnoreCase("Host")) {
                return client.host() == null
                        ? Collections.emptyEnumeration()
                        : Collections.enumeration(List.of(client.host()));
            }
            return super.getHeaders(name);
        }
    }
}
