package io.dossier.admin.view;

import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.service.EditConflictException;
import io.dossier.core.service.InvalidInputException;
import io.dossier.core.service.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Messages to the user, and the one place that turns the services' expected refusals (role,
 * validation, missing item, conflict) into them. Anything else is a bug and goes to the error page.
 */
@ApplicationScoped
public class Feedback {

    public void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    public void error(String message) {
        add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    /** An error shown beside the input with this client id (and read out by screen readers). */
    public void fieldError(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * Runs the action; a refusal becomes an error message starting with {@code what} (if any).
     * Returns whether the action succeeded.
     */
    public boolean attempt(String what, Runnable action) {
        try {
            action.run();
            return true;
        } catch (AccessDeniedException | InvalidInputException | NotFoundException | EditConflictException refused) {
            error(what == null ? refused.getMessage() : what + ": " + refused.getMessage());
            return false;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
