package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.UserAccount;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.function.Predicate;

/** User accounts: the people who log in and post. */
@ApplicationScoped
@Transactional
public class AccountService extends ServiceSupport {

    protected AccountService() {}

    @Inject
    public AccountService(EntityManager em, Event<ContentChanged> changes) {
        super(em, changes);
    }

    /** Creates an account without a password (it cannot log in until one is set), its public slug made from its name. */
    public long create(String login, String displayName, String email, Role role) {
        return create(login, displayName, email, role, null);
    }

    /**
     * As {@link #create(String, String, String, Role)}, keeping {@code slug} (a moved site's author
     * address) when it is free and does not give the login away.
     */
    public long create(String login, String displayName, String email, Role role, String slug) {
        if (exists("UserAccount", "login", login)) {
            throw new IllegalArgumentException("The login " + login + " is taken");
        }
        String kept = slug == null
                        || revealsLogin(slug, login)
                        || !Slugs.slugify(slug).equals(slug)
                        || exists("UserAccount", "slug", slug)
                ? null
                : slug;
        UserAccount account = new UserAccount(
                login,
                kept != null ? kept : publicSlug(displayName, login, s -> exists("UserAccount", "slug", s)),
                displayName,
                role);
        account.setEmail(email);
        em.persist(account);
        em.flush();
        changed(ContentKind.AUTHOR, account.getId());
        return account.getId();
    }

    /**
     * The slug of an account's public pages ({@code /author/slug/}, the API's users): made from the
     * name shown on posts, unique, and never the login or anything made from it, which would hand
     * readers half of what logging in takes (WordPress leaks it this way).
     */
    public static String publicSlug(String displayName, String login, Predicate<String> taken) {
        String base = displayName == null ? "author" : Slugs.slugify(displayName);
        if (revealsLogin(base, login)) {
            base = "author";
        }
        return Slugs.unique(base, s -> taken.test(s) || revealsLogin(s, login));
    }

    /** Whether showing {@code text} publicly would show the login: the same, or the same once made a slug. */
    public static boolean revealsLogin(String text, String login) {
        if (text == null || login == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        String l = login.strip().toLowerCase(Locale.ROOT);
        return t.equals(l) || Slugs.slugify(t).equals(Slugs.slugify(l));
    }
}
