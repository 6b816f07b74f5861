package io.dossier.admin.routing;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/**
 * PrimeFaces (primefaces.CSP) compares a postback's {@code primefaces.nonce} with the view's only
 * when it renders the answer, after the form's values were applied and its action ran: a form
 * posted without its nonce was saved, then answered 500. The same comparison here, right after the
 * view is restored, refuses such a form before anything is applied, and reopens the page with the
 * message of a stale form (a browser always sends the nonce; a page left open across a restart
 * or another tab's login does not have the right one).
 */
public class CspNonceCheck implements PhaseListener {

    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        Map<String, Object> view = context.getViewRoot().getViewMap(false);
        Object expected = view == null ? null : view.get(NONCE);
        ExternalContext external = context.getExternalContext();
        if (expected == null
                || expected.equals(external.getRequestParameterMap().get(NONCE))) {
            return;
        }
        external.getFlash().put(ViewExpiredExceptionHandler.FLASH_ATTRIBUTE_VIEW_EXPIRED, Boolean.TRUE);
        try {
            String query = ((HttpServletRequest) external.getRequest()).getQueryString();
            external.redirect(external.getRequestContextPath()
                    + external.getRequestServletPath()
                            .replaceFirst("\\.xhtml$", "")
                            .replaceFirst("/index$", "/")
                    + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only after the view is restored
    }
}
