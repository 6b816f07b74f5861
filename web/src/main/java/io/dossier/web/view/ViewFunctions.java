package io.dossier.web.view;

import jakarta.faces.context.FacesContext;

/**
 * Functions for the templates ({@code xmlns:d="urn:dossier:view"}, WEB-INF/dossier.taglib.xml).
 * A function is bound to its method when the template is compiled; an EL method call such as
 * {@code url.startsWith('/')} is looked up by reflection among String's methods on every call,
 * which on a page with a full menu was a tenth of an uncached render.
 */
public final class ViewFunctions {

    private ViewFunctions() {}

    /** A link for an {@code href}: a path on this site gets the application's context path, anything else stays. */
    public static String href(String url) {
        if (url == null || !url.startsWith("/")) {
            return url;
        }
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url;
    }
}
