package io.dossier.core.service;

import static io.dossier.core.security.Capability.MANAGE_USERS;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.UserAccount;
import io.dossier.core.query.AccountRow;
import io.dossier.core.security.AccountPasswords;
import io.dossier.core.security.Actor;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.text.Slugs;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accounts managed by administrators: list, create with a role and password, change role, reset password. */
@ApplicationScoped
@Transactional
public class AccountAdministration extends ServiceSupport {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private AccountService accounts;
    private AccountPasswords passwords;

    protected AccountAdministration() {}

    @Inject
    public AccountAdministration(
            EntityManager em, Event<ContentChanged> changes, AccountService accounts, AccountPasswords passwords) {
        super(em, changes);
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public List<AccountRow> list(Actor actor) {
        actor.require(MANAGE_USERS, "manage users");
        return em.createQuery("""
                select new io.dossier.core.query.AccountRow(u.id, u.login, u.displayName, u.email, u.role,
                       (select count(p) from Post p where p.author = u), u.slug)
                from UserAccount u order by lower(u.login)""", AccountRow.class).getResultList();
    }

    /** The actor's own account, for the "Your account" screen every role has. */
    public AccountRow own(Actor actor) {
        UserAccount account = require(UserAccount.class, actor.accountId());
        long posts = em.createQuery("select count(p) from Post p where p.author = :a", Long.class)
                .setParameter("a", account)
                .getSingleResult();
        return new AccountRow(
                account.getId(),
                account.getLogin(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                posts,
                account.getSlug());
    }

    /**
     * Changes the name shown on posts, the address of the author page ({@code slug}; null keeps it)
     * and the email address: everyone their own, administrators anyone's. The login and the role
     * stay (roles change on the Users screen).
     */
    public void updateProfile(Actor actor, long accountId, String displayName, String email, String slug) {
        if (accountId != actor.accountId()) {
            actor.require(MANAGE_USERS, "change other people's accounts");
        }
        UserAccount account = require(UserAccount.class, accountId);
        String name = publicName(displayName, account.getLogin());
        String address = FieldRules.limited("email", email, FieldRules.EMAIL);
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "Enter an email address such as name@example.org");
        }
        if (slug != null && !slug.isBlank() && !slug.strip().equals(account.getSlug())) {
            account.setSlug(publicSlug(slug, account));
        }
        account.setDisplayName(name);
        account.setEmail(address);
        em.flush();
        changed(ContentKind.AUTHOR, accountId);
    }

    /** The name shown on posts as entered: present, not too long, and never the login, which readers must not learn. */
    private static String publicName(String displayName, String login) {
        String name = FieldRules.limited("displayName", displayName, FieldRules.NAME);
        if (name == null) {
            throw new InvalidInputException("displayName", "Enter the name shown on posts");
        }
        if (name.equalsIgnoreCase(login == null ? "" : login.strip())) {
            throw new InvalidInputException(
                    "displayName",
                    "The name shown on posts cannot be the login: readers would learn"
                            + " half of what it takes to log in. Use your name, or the desk's");
        }
        return name;
    }

    /** The author page's address an owner asked for: a slug, free, and not the login. */
    private String publicSlug(String requested, UserAccount account) {
        String slug = requested.strip().toLowerCase(Locale.ROOT);
        if (!slug.equals(Slugs.slugify(slug)) || slug.length() > FieldRules.SLUG) {
            throw new InvalidInputException(
                    "slug", "Use lower-case letters, digits and dashes, such as " + Slugs.slugify(requested));
        }
        if (AccountService.revealsLogin(slug, account.getLogin())) {
            throw new InvalidInputException(
                    "slug", "The author page's address cannot be the login: readers would learn it");
        }
        if (em.createQuery("select count(u) from UserAccount u where u.slug = :s and u.id <> :id", Long.class)
                        .setParameter("s", slug)
                        .setParameter("id", account.getId())
                        .getSingleResult()
                > 0) {
            throw new InvalidInputException("slug", "Another account's page is at /author/" + slug + "/");
        }
        return slug;
    }

    public long create(Actor actor, String login, String displayName, String email, Role role, String password) {
        actor.require(MANAGE_USERS, "add users");
        String l = login == null ? "" : login.strip().toLowerCase();
        if (!LOGIN.matcher(l).matches()) {
            throw new InvalidInputException(
                    "login", "A login has 3 to 60 characters: letters, digits, dot, dash, underscore");
        }
        if (exists("UserAccount", "login", l)) {
            throw new InvalidInputException("login", "The login " + l + " is taken");
        }
        String name = publicName(displayName, l);
        checkPassword(password);
        if (role == null) {
            throw new InvalidInputException("role", "Choose a role");
        }
        long id = accounts.create(l, name, FieldRules.limited("email", email, FieldRules.EMAIL), role);
        passwords.setPassword(l, password.toCharArray());
        return id;
    }

    public void changeRole(Actor actor, long accountId, Role role) {
        actor.require(MANAGE_USERS, "change roles");
        UserAccount account = require(UserAccount.class, accountId);
        if (account.getRole() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && administrators() == 1) {
            throw new InvalidInputException("role", "The site needs at least one administrator");
        }
        account.setRole(role);
        changed(ContentKind.AUTHOR, accountId);
    }

    /** Sets a new password: administrators for anyone, everyone for themselves. */
    public void setPassword(Actor actor, long accountId, String password) {
        if (accountId != actor.accountId()) {
            actor.require(MANAGE_USERS, "change other people's passwords");
        }
        checkPassword(password);
        passwords.setPassword(require(UserAccount.class, accountId).getLogin(), password.toCharArray());
    }

    /**
     * Deletes an account, as WordPress does: its posts and pages go to {@code reassignTo} (needed
     * when it has any), its uploads and revisions stay without an uploader. Nobody deletes their
     * own account here, and the last administrator stays.
     */
    public void delete(Actor actor, long accountId, Long reassignTo) {
        actor.require(MANAGE_USERS, "delete users");
        UserAccount account = require(UserAccount.class, accountId);
        if (accountId == actor.accountId()) {
            throw new InvalidInputException("account", "You cannot delete your own account");
        }
        if (account.getRole() == Role.ADMINISTRATOR && administrators() == 1) {
            throw new InvalidInputException("account", "The site needs at least one administrator");
        }
        long content = em.createQuery("select count(p) from Post p where p.author = :a", Long.class)
                        .setParameter("a", account)
                        .getSingleResult()
                + em.createQuery("select count(p) from Page p where p.author = :a", Long.class)
                        .setParameter("a", account)
                        .getSingleResult();
        if (content > 0) {
            if (reassignTo == null || reassignTo == accountId) {
                throw new InvalidInputException(
                        "reassignTo",
                        account.getLogin() + " wrote " + content + (content == 1 ? " post or page" : " posts and pages")
                                + "; choose who they go to");
            }
            UserAccount heir = require(UserAccount.class, reassignTo);
            em.createQuery("update Post p set p.author = :heir where p.author = :a")
                    .setParameter("heir", heir)
                    .setParameter("a", account)
                    .executeUpdate();
            em.createQuery("update Page p set p.author = :heir where p.author = :a")
                    .setParameter("heir", heir)
                    .setParameter("a", account)
                    .executeUpdate();
        }
        em.createQuery("update Media m set m.uploadedBy = null where m.uploadedBy = :a")
                .setParameter("a", account)
                .executeUpdate();
        em.createQuery("update PostRevision r set r.author = null where r.author = :a")
                .setParameter("a", account)
                .executeUpdate();
        em.remove(account);
        em.flush();
        changed(ContentKind.AUTHOR, accountId);
    }

    private long administrators() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :r", Long.class)
                .setParameter("r", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < AccountPasswords.MIN_LENGTH) {
            throw new InvalidInputException(
                    "password", "A password needs at least " + AccountPasswords.MIN_LENGTH + " characters");
        }
    }
}
