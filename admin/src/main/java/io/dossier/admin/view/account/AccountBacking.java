package io.dossier.admin.view.account;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.AccountRow;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.AccountAdministration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** "Your account", for every role as in WordPress's Profile: the name on posts, the author page's address, email, a new password. */
@Named("account")
@ViewScoped
public class AccountBacking implements Serializable {

    @Inject
    AccountAdministration accounts;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private AccountRow own;
    private String displayName;
    private String email;
    private String slug;
    private String newPassword;

    /** f:viewAction */
    public void load() {
        own = accounts.own(user.require());
        displayName = own.displayName();
        email = own.email();
        slug = own.slug();
    }

    public void save() {
        if (feedback.submit(
                "account", () -> accounts.updateProfile(user.require(), own.id(), displayName, email, slug))) {
            feedback.info("Your account is saved.");
        }
    }

    public void changePassword() {
        if (feedback.submit("pw", () -> accounts.setPassword(user.require(), own.id(), newPassword))) {
            feedback.info("Your password is changed.");
        }
        newPassword = null;
    }

    public AccountRow getOwn() {
        return own;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
