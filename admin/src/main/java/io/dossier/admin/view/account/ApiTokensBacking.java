package io.dossier.admin.view.account;

import io.dossier.admin.view.Feedback;
import io.dossier.core.security.ApiTokens;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.vocabulary.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * "Your account" › API tokens: make a token for an application (named, with a role up to one's
 * own), see it once, list and revoke one's tokens.
 */
@Named("apiTokens")
@ViewScoped
public class ApiTokensBacking implements Serializable {

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private String name;
    private Role role;
    /** The token just made, shown once; never kept beyond this view. */
    private String created;

    public List<ApiTokens.TokenRow> getMine() {
        return tokens.mine(user.require());
    }

    /** The roles a token may have: the user's own and the weaker ones. */
    public List<Role> getRoles() {
        Role own = user.require().role();
        return Arrays.stream(Role.values())
                .filter(r -> r.ordinal() >= own.ordinal())
                .toList();
    }

    public void create() {
        String[] token = new String[1];
        if (feedback.submit(
                "token",
                () -> token[0] = tokens.create(user.require(), name, role).token())) {
            created = token[0];
            feedback.info("Token \"" + name.strip() + "\" made. Copy it now: it is not shown again.");
            name = null;
        }
    }

    public void revoke(long id) {
        if (feedback.attempt("Revoking the token", () -> tokens.revoke(user.require(), id))) {
            feedback.info("Token revoked; applications using it are refused from now on.");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCreated() {
        return created;
    }
}
