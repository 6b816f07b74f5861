package io.dossier.core.transfer;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What both imports ask of the database before and after they write through the services: which
 * id a record already has, and the little they need to know of a page or post to settle links.
 */
final class Lookups {

    private final EntityManager em;

    Lookups(EntityManager em) {
        this.em = em;
    }

    /** The id the query ({@code :v} bound to {@code value}) finds, if any. */
    Optional<Long> id(String jpql, Object value) {
        return em.createQuery(jpql, Long.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The tag with this name in any case: tag names are unique that way, as in the back office. */
    Optional<Long> tagNamed(String name) {
        return id(
                "select t.id from Tag t where lower(t.name) = :v", name.strip().toLowerCase());
    }

    /** The category's parent's id (null: at the top). */
    Long categoryParent(long id) {
        return em.createQuery("select par.id from Category c left join c.parent par where c.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    String pagePath(long id) {
        return em.createQuery("select p.path from Page p where p.id = :id", String.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    MovedPage page(long id) {
        return em.createQuery(
                        "select new io.dossier.core.transfer.MovedPage(p.slug, par.id)"
                                + " from Page p left join p.parent par where p.id = :id",
                        MovedPage.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The post that had this id on the old site. */
    Optional<MovedPost> post(long legacyId) {
        return em.createQuery(
                        "select new io.dossier.core.transfer.MovedPost(p.title, p.slug, p.publishedAt)"
                                + " from Post p where p.legacyId = :v",
                        MovedPost.class)
                .setParameter("v", legacyId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    ZoneId zone() {
        return ZoneId.of(em.createQuery("select s.timeZone from SiteSettings s", String.class)
                .getSingleResult());
    }
}
