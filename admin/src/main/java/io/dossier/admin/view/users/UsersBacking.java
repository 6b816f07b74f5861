package io.dossier.admin.view.users;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.AccountRow;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.AccountAdministration;
import io.dossier.core.vocabulary.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Users: the account table, adding an account, changing a role, setting a new password. */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    AccountAdministration accounts;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<AccountRow> rows;
    /** The role menu of each row, by account id; role names, as EL cannot see the map's value type. */
    private final Map<Long, String> roleOf = new HashMap<>();

    private String login;
    private String displayName;
    private String email;
    private Role role = Role.AUTHOR;
    private String password;
    private Long passwordFor;
    private String newPassword;
    /** The account being deleted, and who gets its posts and pages. */
    private AccountRow deleting;

    private Long reassignTo;

    /** f:viewAction: loads the table, or says the role may not see it. */
    public void load() {
        feedback.attempt(null, () -> rows = accounts.list(user.require()));
        roleOf.clear();
        if (rows != null) {
            rows.forEach(r -> roleOf.put(r.id(), r.role().name()));
        }
    }

    public void create() {
        String added = login == null ? "" : login.strip().toLowerCase();
        boolean ok = feedback.submit(
                "add", () -> accounts.create(user.require(), login, displayName, email, role, password));
        password = null;
        if (ok) {
            feedback.info("Account " + added + " added.");
            login = displayName = email = null;
            load();
        }
    }

    public void changeRole(AccountRow row) {
        Role newRole = Role.valueOf(roleOf.get(row.id()));
        if (feedback.attempt(row.login(), () -> accounts.changeRole(user.require(), row.id(), newRole))) {
            feedback.info(row.login() + " is now " + newRole.name().toLowerCase() + ".");
        }
        load();
    }

    public void setPassword() {
        if (passwordFor != null
                && feedback.attempt(null, () -> accounts.setPassword(user.require(), passwordFor, newPassword))) {
            feedback.info("Password changed.");
        }
        newPassword = null;
    }

    /** Asks who gets the account's content before deleting it. */
    public void confirmDelete(AccountRow row) {
        deleting = row;
        reassignTo = null;
    }

    public void cancelDelete() {
        deleting = null;
    }

    public void delete() {
        AccountRow row = deleting;
        if (row != null && feedback.submit("delete", () -> accounts.delete(user.require(), row.id(), reassignTo))) {
            feedback.info("Account " + row.login() + " deleted.");
            deleting = null;
            load();
        }
    }

    public AccountRow getDeleting() {
        return deleting;
    }

    public Long getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(Long reassignTo) {
        this.reassignTo = reassignTo;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public Map<Long, String> getRoleOf() {
        return roleOf;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getPasswordFor() {
        return passwordFor;
    }

    public void setPasswordFor(Long passwordFor) {
        this.passwordFor = passwordFor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
