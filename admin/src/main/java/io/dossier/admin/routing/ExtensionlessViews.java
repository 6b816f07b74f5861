package io.dossier.admin.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the back office at extensionless addresses: /admin/ is the dashboard, /admin/posts the
 * view /admin/posts.xhtml. OmniFaces' FacesViews would do this, but it does not see views inside
 * a jar's META-INF/resources on Payara, where the admin's views live. A request for the view's
 * file itself (/admin/posts.xhtml) is sent to its address.
 */
@WebFilter(filterName = "ExtensionlessViews", urlPatterns = "/admin/*")
public class ExtensionlessViews extends HttpFilter {

    static final String EXTENSION = ".xhtml";
    private static final Pattern VIEW = Pattern.compile("/admin/([a-z][a-z0-9-]*)?");
    private static final Pattern DIRECT = Pattern.compile("/admin/([a-z][a-z0-9-]*)\\.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher view = VIEW.matcher(path);
        if (path.equals("/admin")) {
            response.sendRedirect(request.getContextPath() + "/admin/");
            return;
        }
        Matcher direct = DIRECT.matcher(path);
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (direct.matches()
                && read) { // a view's file name: one address per screen (upload forms still post to the file)
            String name = direct.group(1).equals("index") ? "" : direct.group(1);
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(
                    "Location",
                    request.getContextPath() + "/admin/" + name
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        if (view.matches()) {
            String file = "/admin/" + (view.group(1) == null ? "index" : view.group(1)) + EXTENSION;
            if (getServletContext().getResource(file) != null) {
                request.getRequestDispatcher(file).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
