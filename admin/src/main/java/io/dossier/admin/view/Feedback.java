package io.dossier.admin.view;

import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.support.EditConflictException;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Messages to the user, and the one place that turns the services' expected refusals (role,
 * validation, missing item, conflict) into them. Anything else is a bug and goes to the error page.
 */
@ApplicationScoped
public class Feedback {

    @Inject
    CurrentUser user;

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
     * Whether the logged-in role has the capability; if not, says so (the screen then shows
     * nothing else). The services check again; this only spares the user a form they cannot use.
     */
    public boolean permits(Capability capability, String what) {
        Actor actor = user.require();
        if (!actor.can(capability)) {
            error("Your role (" + actor.role().name().toLowerCase() + ") may not " + what);
            return false;
        }
        return true;
    }

    /**
     * Runs a form's action: invalid input becomes a message beside the field it names (in the form
     * {@code formId}), any other refusal a message at the top. Returns whether it succeeded.
     */
    public boolean submit(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException invalid) {
            fieldError(formId + ":" + invalid.field(), invalid.getMessage());
            return false;
        } catch (AccessDeniedException | NotFoundException | EditConflictException refused) {
            error(refused.getMessage());
            return false;
        }
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
