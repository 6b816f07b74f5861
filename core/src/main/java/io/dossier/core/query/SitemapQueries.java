package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every public address of the site with when it last changed, a block at a time, for sitemaps. */
@ApplicationScoped
public class SitemapQueries {

    /** The sitemaps.org limit of addresses per file. */
    public static final int PER_FILE = 50_000;

    /** What sitemaps list. */
    public enum Section {
        POSTS,
        PAGES,
        CATEGORIES,
        TAGS,
        PEOPLE,
        ORGANIZATIONS
    }

    /** One address and its last change. */
    public record Entry(String path, Instant lastModified) {}

    private EntityManager em;
    private SiteQueries site;
    private ListMemo memo;
    private int perFile;

    protected SitemapQueries() {}

    @Inject
    public SitemapQueries(EntityManager em, SiteQueries site, ListMemo memo) {
        this(em, site, memo, PER_FILE);
    }

    /** With another limit of addresses per file, for tests that split a small site into files. */
    public SitemapQueries(EntityManager em, SiteQueries site, ListMemo memo, int perFile) {
        this.em = em;
        this.site = site;
        this.memo = memo;
        this.perFile = perFile;
    }

    /** The memo's key for a section's count: a count reads the whole section. */
    private record Count(Section section) {}

    /** The memo's key for the ids of the public posts in id order. */
    private record PostIds() {}

    /** How many addresses a section has (public ones only). */
    public long count(Section section) {
        Dependencies.on(CacheTags.SITEMAP);
        return memo.get(new Count(section), () -> switch (section) {
            case POSTS -> (long) postIds().length;
            case PAGES ->
                visible("select count(p) from Page p where " + SiteQueries.VISIBLE, Long.class)
                        .getSingleResult();
            case CATEGORIES ->
                em.createQuery("select count(c) from Category c", Long.class).getSingleResult();
            case TAGS ->
                em.createQuery("select count(t) from Tag t", Long.class).getSingleResult();
            case PEOPLE, ORGANIZATIONS ->
                em.createQuery("select count(p) from Person p where p.kind = :kind", Long.class)
                        .setParameter("kind", kind(section))
                        .getSingleResult();
        });
    }

    /** The newest change among the addresses of file {@code number} of a section, for the sitemap index; null when it has none. */
    public Instant lastModified(Section section, int number) {
        Dependencies.on(CacheTags.SITEMAP);
        if (section == Section.POSTS) {
            return postRange(number, "max(p.updatedAt)", "", Instant.class)
                    .map(TypedQuery::getSingleResult)
                    .orElse(null);
        }
        return entries(section, number).stream()
                .map(Entry::lastModified)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
    }

    /** File {@code number} (from 1) of a section: up to {@value #PER_FILE} addresses in a stable order (by id). */
    public List<Entry> entries(Section section, int number) {
        Dependencies.on(CacheTags.SITEMAP);
        int first = (number - 1) * perFile;
        ZoneId zone = site.site().zone();
        return switch (section) {
            case POSTS -> posts(number, zone);
            case PAGES ->
                visible(
                                "select new io.dossier.core.query.ChangedSlug(p.path, p.updatedAt) from Page p where "
                                        + SiteQueries.VISIBLE + " order by p.id",
                                ChangedSlug.class)
                        .setFirstResult(first)
                        .setMaxResults(perFile)
                        .getResultList()
                        .stream()
                        .map(r -> new Entry(Permalinks.page(r.slug()), r.updatedAt()))
                        .toList();
            case CATEGORIES ->
                em
                        .createQuery(
                                "select new io.dossier.core.query.ChangedId(c.id, c.updatedAt) from Category c order by c.id",
                                ChangedId.class)
                        .setFirstResult(first)
                        .setMaxResults(perFile)
                        .getResultList()
                        .stream()
                        .map(r -> new Entry(site.categories().url(r.id()), r.updatedAt()))
                        .toList();
            case TAGS ->
                em
                        .createQuery(
                                "select new io.dossier.core.query.ChangedSlug(t.slug, t.updatedAt) from Tag t order by t.id",
                                ChangedSlug.class)
                        .setFirstResult(first)
                        .setMaxResults(perFile)
                        .getResultList()
                        .stream()
                        .map(r -> new Entry(Permalinks.tag(r.slug()), r.updatedAt()))
                        .toList();
            case PEOPLE, ORGANIZATIONS ->
                em
                        .createQuery(
                                "select new io.dossier.core.query.ChangedSlug(p.slug, p.updatedAt) from Person p"
                                        + " where p.kind = :kind order by p.id",
                                ChangedSlug.class)
                        .setParameter("kind", kind(section))
                        .setFirstResult(first)
                        .setMaxResults(perFile)
                        .getResultList()
                        .stream()
                        .map(r -> new Entry(Permalinks.profile(kind(section), r.slug()), r.updatedAt()))
                        .toList();
        };
    }

    /** The addresses of the posts of file {@code number}. */
    private List<Entry> posts(int number, ZoneId zone) {
        return postRange(
                        number,
                        "new io.dossier.core.query.ChangedPost(p.slug, p.publishedAt, p.updatedAt)",
                        " order by p.id",
                        ChangedPost.class)
                .map(query -> query.getResultList().stream()
                        .map(r -> new Entry(Permalinks.post(r.publishedAt(), r.slug(), zone), r.updatedAt()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * A query of {@code select} over the public posts of file {@code number}, then {@code orderBy}; empty past
     * the last file. The ids the file covers come from the kept ids, and the database reads that
     * range from the sitemap index alone (V14) rather than skipping the earlier files' rows.
     */
    private <T> Optional<TypedQuery<T>> postRange(int number, String select, String orderBy, Class<T> type) {
        long[] ids = postIds();
        int first = (number - 1) * perFile;
        if (first >= ids.length) {
            return Optional.empty();
        }
        int last = Math.min(first + perFile, ids.length) - 1;
        return Optional.of(visible(
                        "select " + select + " from Post p where p.id between :first and :last and "
                                + SiteQueries.VISIBLE + orderBy,
                        type)
                .setParameter("first", ids[first])
                .setParameter("last", ids[last]));
    }

    /** The ids of the public posts in id order (8 bytes a post), kept in the memo. */
    private long[] postIds() {
        return memo.get(
                new PostIds(),
                () -> visible("select p.id from Post p where " + SiteQueries.VISIBLE + " order by p.id", Long.class)
                        .getResultList()
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray());
    }

    private <T> TypedQuery<T> visible(String jpql, Class<T> type) {
        return em.createQuery(jpql, type)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now());
    }

    private static PersonKind kind(Section section) {
        return section == Section.ORGANIZATIONS ? PersonKind.ORGANIZATION : PersonKind.PERSON;
    }
}
