package io.dossier.admin.routing;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
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

    /**
     * A transient page's form (the login's, "stateless") posted to a page that keeps state would fail
     * as a bare FacesException and a 500; its state is simply not this view's, as with a state that
     * expired, so it is reported as a ViewExpiredException, which reopens the page with a message.
     */
    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        try {
            return super.restoreView(context, viewId);
        } catch (FacesException e) {
            if (e instanceof ViewExpiredException
                    || !"stateless"
                            .equals(context.getExternalContext()
                                    .getRequestParameterMap()
                                    .get(ResponseStateManager.VIEW_STATE_PARAM))) {
                throw e;
            }
            throw new ViewExpiredException("The posted form's state is not this page's", e, viewId);
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (viewId.startsWith("/admin/")
                && viewId.endsWith(ExtensionlessViews.EXTENSION)
                && !UPLOAD_VIEWS.contains(viewId)) {
            String base = context.getExternalContext().getRequestContextPath();
            String name = viewId.substring("/admin/".length(), viewId.length() - ExtensionlessViews.EXTENSION.length());
            return base + "/admin/" + (name.equals("index") ? "" : name);
        }
        return url;
    }
}
