package io.dossier.web.page;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A Faces request's response for the page model's view actions: an error status, a permanent redirect, a header. */
final class FacesResponses {

    private FacesResponses() {}

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

    /** Adds a header to the page's response. */
    static void header(String name, String value) {
        FacesContext.getCurrentInstance().getExternalContext().addResponseHeader(name, value);
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
