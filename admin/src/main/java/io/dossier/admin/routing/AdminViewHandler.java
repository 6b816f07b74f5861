package io.dossier.admin.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Links and form actions of admin views use their extensionless address (see ExtensionlessViews),
 * except views with file uploads: a forwarded request's parts are parsed with the settings of
 * the servlet the address maps to, so their forms post straight to the Faces servlet.
 */
public class AdminViewHandler extends ViewHandlerWrapper {

    private static final Set<String> UPLOAD_VIEWS = Set.of("/admin/media.xhtml");

    public AdminViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (viewId.startsWith("/admin/") && viewId.endsWith(ExtensionlessViews.EXTENSION) && !UPLOAD_VIEWS.contains(viewId)) {
            String base = context.getExternalContext().getRequestContextPath();
            String name = viewId.substring("/admin/".length(), viewId.length() - ExtensionlessViews.EXTENSION.length());
            return base + "/admin/" + (name.equals("index") ? "" : name);
        }
        return url;
    }
}
