package io.dossier.admin.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Sends the browser to another admin address (after creating something, it gets its own URL). */
public final class Navigation {

    private Navigation() {}

    /** Redirects to {@code path} under the application, e.g. {@code /admin/post?id=12}. */
    public static void redirectTo(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }
}
