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
                .createQuery(
                        "select new io.dossier.core.query.TermRow(t.id, t.name, t.slug, t.description) from Tag t"
                                + " where t.slug = :slug",
                        TermRow.class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Subject(r.id(), r.name(), r.description(), Permalinks.tag(slug)));
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
                .createQuery(
                        "select new io.dossier.core.query.Choice(u.id, u.displayName) from UserAccount u where u.slug = :slug",
                        Choice.class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst()
                .map(r -> new Subject(r.id(), r.label(), null, Permalinks.author(slug)));
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
                        "select new io.dossier.core.query.ArchiveQueries$Redirect(r.targetKind, r.targetId)"
                                + " from PathRedirect r where r.oldPath = :path",
                        Redirect.class)
                .setParameter("path", path)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Target of an old path. */
    public record Redirect(ContentKind kind, long id) {}
}
