package io.dossier.web.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Marks every view outside the back office transient as soon as it is created (error pages
 * rendered by an include get odd view ids, so the rule is "not /admin/", not "/views/"). Their templates say so too, but
 * only once the view is built; PrimeFaces' CSP listener looks earlier and would otherwise keep
 * its nonce in a view map, giving every reader an HTTP session.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (viewId == null || !viewId.startsWith("/admin/")) {
            root.setTransient(true);
        }
        return root;
    }
}
