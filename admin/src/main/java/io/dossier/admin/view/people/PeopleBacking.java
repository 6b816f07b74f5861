package io.dossier.admin.view.people;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.ProfileRow;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PersonService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** People and organisations: every profile with how often it is credited and tagged; delete. */
@Named("people")
@ViewScoped
public class PeopleBacking implements Serializable {

    @Inject
    PersonService service;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<ProfileRow> rows;

    /** f:viewAction */
    public void load() {
        if (feedback.permits(Capability.EDIT_PEOPLE, "edit profiles")) {
            rows = queries.profileRows();
        }
    }

    public void delete(ProfileRow row) {
        if (feedback.attempt(row.name(), () -> service.delete(user.require(), row.id()))) {
            feedback.info(row.name() + " deleted.");
        }
        load();
    }

    public List<ProfileRow> getRows() {
        return rows;
    }
}
