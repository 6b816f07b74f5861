package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.ContentKind;
import io.dossier.core.model.Role;
import io.dossier.core.model.UserAccount;
import io.dossier.core.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** User accounts: the people who log in and post. */
@ApplicationScoped
@Transactional
public class AccountService extends ServiceSupport {

    protected AccountService() {
    }

    @Inject
    public AccountService(EntityManager em, Event<ContentChanged> changes) {
        super(em, changes);
    }

    /** Creates an account without a password (it cannot log in until one is set). */
    public long create(String login, String displayName, String email, Role role) {
        if (exists("UserAccount", "login", login)) {
            throw new IllegalArgumentException("The login " + login + " is taken");
        }
        String slug = Slugs.unique(Slugs.slugify(login), s -> exists("UserAccount", "slug", s));
        UserAccount account = new UserAccount(login, slug, displayName, role);
        account.setEmail(email);
        em.persist(account);
        em.flush();
        changed(ContentKind.AUTHOR, account.getId());
        return account.getId();
    }
}
