package io.dossier.admin.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/** Links and form actions of admin views use their extensionless address (see ExtensionlessViews). */
public class AdminViewHandler extends ViewHandlerWrapper {

    public AdminViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (viewId.startsWith("/admin/") && viewId.endsWith(ExtensionlessViews.EXTENSION)) {
            String base = context.getExternalContext().getRequestContextPath();
            String name = viewId.substring("/admin/".length(), viewId.length() - ExtensionlessViews.EXTENSION.length());
            return base + "/admin/" + (name.equals("index") ? "" : name);
        }
        return url;
    }
}
