package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Looks up what a tag, author or old-URL archive path names. */
@ApplicationScoped
public class ArchiveQueries {

    /** A tag or author archive's subject. */
    public record Subject(long id, String name, String description, String url) {}

    private EntityManager em;

    protected ArchiveQueries() {
        // for CDI proxies
    }

    @Inject
    public ArchiveQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<Subject> tag(String slug) {
        return em
                .createQuery("select t.id, t.name, t.description from Tag t where t.slug = :slug", Object[].class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Subject((Long) r[0], (String) r[1], (String) r[2], Permalinks.tag(slug)));
    }

    /** The address of the tag with this id (where a merged tag's old address now points). */
    public Optional<String> tagUrl(long id) {
        return em
                .createQuery("select t.slug from Tag t where t.id = :id", String.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(Permalinks::tag);
    }

    public Optional<Subject> author(String slug) {
        return em
                .createQuery("select u.id, u.displayName from UserAccount u where u.slug = :slug", Object[].class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Subject((Long) r[0], (String) r[1], null, Permalinks.author(slug)));
    }

    /**
     * The public slug of the account with this login: for staff who follow an old
     * {@code /author/<login>/} link (never for readers, who must not learn logins).
     */
    public Optional<String> authorSlugOfLogin(String login) {
        return em
                .createQuery("select u.slug from UserAccount u where u.login = :login", String.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Where an old path now points: kind and id of the content, for the caller to resolve a URL. */
    public Optional<Redirect> redirectFrom(String path) {
        return em
                .createQuery(
                        "select r.targetKind, r.targetId from PathRedirect r where r.oldPath = :path", Object[].class)
                .setParameter("path", path)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Redirect((ContentKind) r[0], (Long) r[1]));
    }

    /** Target of an old path. */
    public record Redirect(ContentKind kind, long id) {}
}
