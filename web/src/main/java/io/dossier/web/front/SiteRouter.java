package io.dossier.web.front;

import io.dossier.core.plugin.PluginRegistry;
import io.dossier.web.feed.FeedResponder;
import io.dossier.web.page.Redirects;
import io.dossier.web.routing.Route;
import io.dossier.web.routing.RouteParser;
import io.dossier.web.seo.Sitemaps;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * The front controller of the public site. It maps WordPress-style URLs onto three Facelets
 * views and the feeds, answers canonical and legacy redirects with 301, and sends 404 for
 * everything else.
 * Static files, JSF resources, uploaded media, the REST API and the admin pass through untouched.
 */
@WebFilter(filterName = "SiteRouter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRouter extends HttpFilter {

    private static final Set<String> PASS_THROUGH =
            Set.of("/static/", "/jakarta.faces.resource/", "/api/", "/admin/", "/media/", "/wp-json/", "/openapi/");
    private static final Pattern LEGACY_ID = Pattern.compile("\\d{1,18}");
    private static final Pattern REST_ROUTE = Pattern.compile("/[\\w./-]{0,200}");

    @Inject
    Redirects redirects;

    @Inject
    FeedResponder feeds;

    @Inject
    PluginRegistry registry;

    @Inject
    Sitemaps sitemaps;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PASS_THROUGH.stream().anyMatch(path::startsWith)
                || path.equals("/favicon.ico")
                || path.equals("/openapi")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/wp-content/uploads/")) {
            // A migrated site's uploads live in the media folder under the same path (bin/dossier import).
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/media" + path);
            return;
        }
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (sitemaps.handle(path, request, response)) {
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // Routing reads parameters (p, page_id, s, feed): decode them as the views will, before the
            // container's own attempt comes too late for it and logs a warning on every such request.
            request.setCharacterEncoding("UTF-8");
        }
        String restRoute = request.getParameter("rest_route");
        if (path.equals("/") && restRoute != null) {
            // WordPress's API address on sites without pretty links: /?rest_route=/wp/v2/posts.
            if (REST_ROUTE.matcher(restRoute).matches() && !restRoute.contains("..")) {
                request.getRequestDispatcher("/wp-json" + restRoute).forward(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        String p = request.getParameter("p");
        String pageId = request.getParameter("page_id");
        if (path.equals("/") && (p != null || pageId != null)) {
            Optional<String> target = p != null ? legacy(p, redirects::post) : legacy(pageId, redirects::page);
            if (target.isPresent()) {
                movedPermanently(request, response, target.get());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        switch (RouteParser.parse(
                path, request.getQueryString(), request.getParameter("s"), request.getParameter("feed"))) {
            case RouteParser.Found(Route.Feed feed) -> feeds.respond(feed, request, response);
            case RouteParser.Found(Route.Viewed viewed) -> {
                Route.Viewed route = pluginPaths(viewed);
                if (route == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                request.setAttribute(Route.ATTRIBUTE, route);
                request.getRequestDispatcher(route.view()).forward(request, response);
            }
            case RouteParser.Moved moved -> movedPermanently(request, response, moved.location());
            case RouteParser.NotFound notFound -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Paths under a plugin page's segment go to that plugin; a paged path no plugin claims is not found (null). */
    private Route.Viewed pluginPaths(Route.Viewed route) {
        if (route instanceof Route.SinglePage single) {
            List<String> segments = List.of(single.path().split("/"));
            return registry.page(segments.getFirst()).isPresent() ? new Route.PluginPath(segments, 1) : route;
        }
        if (route instanceof Route.PluginPath path) {
            return registry.page(path.segments().getFirst()).isPresent() ? route : null;
        }
        return route;
    }

    /** Resolves {@code /?p=ID} and {@code /?page_id=ID} links of a migrated WordPress site. */
    private static Optional<String> legacy(String id, LongFunction<Optional<String>> lookup) {
        return LEGACY_ID.matcher(id).matches() ? lookup.apply(Long.parseLong(id)) : Optional.empty();
    }

    static void movedPermanently(HttpServletRequest request, HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + location);
    }
}
