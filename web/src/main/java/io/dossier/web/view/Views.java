package io.dossier.web.view;

import io.dossier.web.routing.Route;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What view actions share: the route the router chose, and ending a request with 404 or 301. */
final class Views {

    private Views() {
    }

    static <R extends Route> R route(Class<R> type) {
        Object route = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(Route.ATTRIBUTE);
        return type.isInstance(route) ? type.cast(route) : null;
    }

    /** Ends the request with the site's 404 page. */
    static void notFound() {
        error(HttpServletResponse.SC_NOT_FOUND);
    }

    /** Ends the request with the error page for {@code status}. */
    static void error(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Ends the request with a permanent redirect to a context-relative URL. */
    static void movedTo(String url) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        external.setResponseHeader("Location", external.getRequestContextPath() + url);
        faces.responseComplete();
    }
}
