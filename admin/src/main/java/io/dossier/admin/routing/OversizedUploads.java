package io.dossier.admin.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An upload larger than the Faces servlet's multipart limit fails while the container parses the
 * request, before any view could say why. This parses it first and, if the container refuses it,
 * sends the user back to the media screen with a message instead of an error page.
 */
@WebFilter(filterName = "OversizedUploads", urlPatterns = "/admin/media.xhtml")
public class OversizedUploads extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase().startsWith("multipart/form-data")) {
            try {
                request.getParts();
            } catch (IllegalStateException | ServletException | IOException refused) {
                response.sendRedirect(request.getContextPath() + "/admin/media?refused=too-large");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
