package io.dossier.web.front;

import io.dossier.web.routing.Route;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /admin/preview/ID}: renders the post with the public template. Under /admin/, so it needs
 * a login, is never cached and never indexed; who may see which post is decided by the view.
 */
@WebServlet(name = "PostPreviews", urlPatterns = "/admin/preview/*")
public class PostPreviews extends HttpServlet {

    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})/?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Matcher id = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!id.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Route.PostPreview route = new Route.PostPreview(Long.parseLong(id.group(1)));
        request.setAttribute(Route.ATTRIBUTE, route);
        request.getRequestDispatcher(route.view()).forward(request, response);
    }
}
