package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.model.PersonKind;
import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Every public address of the site with when it last changed, a block at a time, for sitemaps. */
@ApplicationScoped
public class SitemapQueries {

    /** The sitemaps.org limit of addresses per file. */
    public static final int PER_FILE = 50_000;


    /** What sitemaps list. */
    public enum Section {
        POSTS, PAGES, CATEGORIES, TAGS, PEOPLE, ORGANIZATIONS
    }

    /** One address and its last change. */
    public record Entry(String path, Instant lastModified) {
    }

    private EntityManager em;
    private SiteQueries site;
    private ListMemo memo;

    protected SitemapQueries() {
    }

    @Inject
    public SitemapQueries(EntityManager em, SiteQueries site, ListMemo memo) {
        this.em = em;
        this.site = site;
        this.memo = memo;
    }

    /** The memo's key for a section's count or newest change: each reads the whole section (3 s for 100,000 posts). */
    private record Summary(Section section, boolean count) {
    }

    /** How many addresses a section has (public ones only). */
    public long count(Section section) {
        Dependencies.on(CacheTags.SITEMAP);
        return memo.get(new Summary(section, true), () -> switch (section) {
            case POSTS -> visible("select count(p) from Post p where " + SiteQueries.VISIBLE, Long.class).getSingleResult();
            case PAGES -> visible("select count(p) from Page p where " + SiteQueries.VISIBLE, Long.class).getSingleResult();
            case CATEGORIES -> em.createQuery("select count(c) from Category c", Long.class).getSingleResult();
            case TAGS -> em.createQuery("select count(t) from Tag t", Long.class).getSingleResult();
            case PEOPLE, ORGANIZATIONS -> em.createQuery("select count(p) from Person p where p.kind = :kind", Long.class)
                    .setParameter("kind", kind(section)).getSingleResult();
        });
    }

    /** The newest change in a section, for the sitemap index; null when it is empty. */
    public Instant lastModified(Section section) {
        Dependencies.on(CacheTags.SITEMAP);
        return memo.get(new Summary(section, false), () -> switch (section) {
            case POSTS -> visible("select max(p.updatedAt) from Post p where " + SiteQueries.VISIBLE, Instant.class).getSingleResult();
            case PAGES -> visible("select max(p.updatedAt) from Page p where " + SiteQueries.VISIBLE, Instant.class).getSingleResult();
            case CATEGORIES -> em.createQuery("select max(c.updatedAt) from Category c", Instant.class).getSingleResult();
            case TAGS -> em.createQuery("select max(t.updatedAt) from Tag t", Instant.class).getSingleResult();
            case PEOPLE, ORGANIZATIONS -> em.createQuery("select max(p.updatedAt) from Person p where p.kind = :kind", Instant.class)
                    .setParameter("kind", kind(section)).getSingleResult();
        });
    }

    /** File {@code number} (from 1) of a section: up to {@value #PER_FILE} addresses in a stable order. */
    public List<Entry> entries(Section section, int number) {
        Dependencies.on(CacheTags.SITEMAP);
        int first = (number - 1) * PER_FILE;
        ZoneId zone = site.site().zone();
        return switch (section) {
            case POSTS -> visible("select p.slug, p.publishedAt, p.updatedAt from Post p where " + SiteQueries.VISIBLE + " order by p.id",
                    Object[].class).setFirstResult(first).setMaxResults(PER_FILE).getResultList().stream()
                    .map(r -> new Entry(Permalinks.post((Instant) r[1], (String) r[0], zone), (Instant) r[2])).toList();
            case PAGES -> visible("select p.path, p.updatedAt from Page p where " + SiteQueries.VISIBLE + " order by p.id", Object[].class)
                    .setFirstResult(first).setMaxResults(PER_FILE).getResultList().stream()
                    .map(r -> new Entry(Permalinks.page((String) r[0]), (Instant) r[1])).toList();
            case CATEGORIES -> em.createQuery("select c.id, c.updatedAt from Category c order by c.id", Object[].class)
                    .setFirstResult(first).setMaxResults(PER_FILE).getResultList().stream()
                    .map(r -> new Entry(site.categories().url((Long) r[0]), (Instant) r[1])).toList();
            case TAGS -> em.createQuery("select t.slug, t.updatedAt from Tag t order by t.id", Object[].class)
                    .setFirstResult(first).setMaxResults(PER_FILE).getResultList().stream()
                    .map(r -> new Entry(Permalinks.tag((String) r[0]), (Instant) r[1])).toList();
            case PEOPLE, ORGANIZATIONS -> em.createQuery("select p.slug, p.updatedAt from Person p where p.kind = :kind order by p.id",
                            Object[].class)
                    .setParameter("kind", kind(section)).setFirstResult(first).setMaxResults(PER_FILE).getResultList().stream()
                    .map(r -> new Entry(Permalinks.profile(kind(section), (String) r[0]), (Instant) r[1])).toList();
        };
    }

    private <T> jakarta.persistence.TypedQuery<T> visible(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", Instant.now());
    }

    private static PersonKind kind(Section section) {
        return section == Section.ORGANIZATIONS ? PersonKind.ORGANIZATION : PersonKind.PERSON;
    }
}
