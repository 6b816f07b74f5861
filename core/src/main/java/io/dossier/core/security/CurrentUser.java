package io.dossier.core.security;

import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The account behind the current request, looked up once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    EntityManager em;

    private Optional<Actor> actor;

    /** The logged-in actor; empty for anonymous requests or an account deleted meanwhile. */
    public Optional<Actor> actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            actor = principal == null
                    ? Optional.empty()
                    : em
                            .createQuery(
                                    "select new io.dossier.core.security.AccountRole(u.id, u.role) from UserAccount u"
                                            + " where u.login = :login",
                                    AccountRole.class)
                            .setParameter("login", principal.getName())
                            .getResultList()
                            .stream()
                            .findFirst()
                            .map(row -> new Actor(row.id(), principal.getName(), effective(row.role())));
        }
        return actor;
    }

    /**
     * The weaker of the account's role and the strongest one the caller was let in with: an API
     * token may be limited to less than its account, and a role taken away counts at once.
     */
    private Role effective(Role account) {
        for (Role role : Role.values()) { // strongest first
            if (security.isCallerInRole(role.name())) {
                return role.ordinal() > account.ordinal() ? role : account;
            }
        }
        return account;
    }

    /** The logged-in actor, or AccessDeniedException. */
    public Actor require() {
        return actor().orElseThrow(() -> new AccessDeniedException("Log in first"));
    }
}
