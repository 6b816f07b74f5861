package io.dossier.web.security;

import io.dossier.core.security.TrustedProxies;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.url.SiteAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers only for the site's own host name ({@link CanonicalAddress}). An accepted alias gets a
 * redirect to the same path on the canonical address; any other host a 400, so no request can make
 * the site speak for a host it is not. A loopback host name asked for from this machine is served
 * (health checks, the owner's curl) but never stored in the page cache. While the site has no
 * address yet, the first such request proposes its own.
 */
@WebFilter(filterName = "HostCheck", urlPatterns = "/*")
public class HostCheck extends HttpFilter {

    /** Request attribute: this answer is for a host other than the canonical one, so it is not to be cached. */
    public static final String OTHER_HOST = HostCheck.class.getName() + ".otherHost";

    @Inject
    CanonicalAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Host");
        Optional<SiteAddress.HostHeader> host = SiteAddress.HostHeader.parse(header);
        boolean local = host.filter(SiteAddress.HostHeader::loopback).isPresent()
                && TrustedProxies.loopback(request.getRemoteAddr());
        Optional<SiteAddress> site = address.current();
        if (site.isEmpty() && local) {
            SiteAddress.HostHeader h = host.get();
            site = address.propose(SiteAddress.of(request.getScheme(), h.name(), h.port(), request.getContextPath()));
        }
        if (site.isEmpty()) {
            refuse(
                    response,
                    "This site's address is not set yet. Open it once from the machine it runs on "
                            + "(http://127.0.0.1:…/), or start it with DOSSIER_BASE_URL=https://your.domain.");
            return;
        }
        if (header == null || host.filter(site.get()::hostMatches).isPresent()) {
            chain.doFilter(request, response);
        } else if (host.isPresent() && isAlias(host.get())) {
            redirect(request, response, site.get());
        } else if (local) {
            request.setAttribute(OTHER_HOST, Boolean.TRUE);
            chain.doFilter(request, response);
        } else {
            refuse(response, "This site does not answer for that host name.");
        }
    }

    private boolean isAlias(SiteAddress.HostHeader host) {
        return address.aliases().stream()
                .anyMatch(a -> a.equals(host.name()) || a.equals(host.name() + ":" + host.port()));
    }

    /** Same path and query on the canonical address: 301 for reads, 308 (method kept) for anything else. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, SiteAddress site) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        response.setStatus(read ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
        response.setHeader("Location", site.origin() + path + (query == null ? "" : "?" + query));
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body =
                ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bad request</title></head>"
                                + "<body><h1>Bad request</h1><p>" + message + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
