package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Public pages as read models. */
@ApplicationScoped
public class PageQueries {

    private EntityManager em;

    protected PageQueries() {
        // for CDI proxies
    }

    @Inject
    public PageQueries(EntityManager em) {
        this.em = em;
    }

    /** The public page at {@code path} ("parent/child"), with ancestors and children. */
    public Optional<PageDetail> publishedAt(String path) {
        Instant now = Instant.now();
        List<PageColumns> rows = em.createQuery("""
                        select new io.dossier.core.query.PageColumns(p.id, p.title, p.path, p.updatedAt, p.summary, p.body)
                        from Page p where p.path = :path and """ + " " + SiteQueries.VISIBLE, PageColumns.class)
                .setParameter("path", path)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PageColumns r = rows.getFirst();
        long id = r.id();
        return Optional.of(new PageDetail(
                id,
                r.title(),
                Permalinks.page(r.path()),
                r.updatedAt(),
                r.summary(),
                r.body(),
                ancestors(r.path(), now),
                children(id, now)));
    }

    /** Published sub-pages of the page at {@code path}, in menu order. */
    public List<Link> childrenAt(String path) {
        return children("p.parent.path = :parent", path, Instant.now());
    }

    /** The public page at {@code path} as a link. */
    public Optional<Link> linkAt(String path) {
        return em
                .createQuery("select p.title from Page p where p.path = :path and " + SiteQueries.VISIBLE, String.class)
                .setParameter("path", path)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .stream()
                .findFirst()
                .map(title -> new Link(title, Permalinks.page(path)));
    }

    /** Published sub-pages of a page, in menu order. */
    public List<Link> children(long pageId, Instant now) {
        return children("p.parent.id = :parent", pageId, now);
    }

    private List<Link> children(String parentIs, Object parent, Instant now) {
        return em
                .createQuery(
                        "select new io.dossier.core.query.NamedSlug(p.title, p.path) from Page p where " + parentIs
                                + " and " + SiteQueries.VISIBLE + " order by p.menuOrder, p.title",
                        NamedSlug.class)
                .setParameter("parent", parent)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .map(c -> new Link(c.name(), Permalinks.page(c.slug())))
                .toList();
    }

    /** Current URL of public page {@code id}. */
    public Optional<String> urlOf(long id) {
        return em
                .createQuery("select p.path from Page p where p.id = :id and " + SiteQueries.VISIBLE, String.class)
                .setParameter("id", id)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .stream()
                .findFirst()
                .map(Permalinks::page);
    }

    /** Current URL of the public page that had WordPress ID {@code legacyId}, else of page {@code legacyId}. */
    public Optional<String> urlOfLegacyId(long legacyId) {
        return em
                .createQuery(
                        "select p.path from Page p where (p.legacyId = :id or p.id = :id) and " + SiteQueries.VISIBLE
                                + " order by p.legacyId desc",
                        String.class)
                .setParameter("id", legacyId)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .stream()
                .findFirst()
                .map(Permalinks::page);
    }

    /** Ancestors from the root down, found by their paths in one query. */
    private List<Link> ancestors(String path, Instant now) {
        List<String> prefixes = new ArrayList<>();
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            prefixes.add(path.substring(0, slash));
        }
        if (prefixes.isEmpty()) {
            return List.of();
        }
        List<NamedSlug> rows = em.createQuery(
                        "select new io.dossier.core.query.NamedSlug(p.title, p.path) from Page p where p.path in :paths",
                        NamedSlug.class)
                .setParameter("paths", prefixes)
                .getResultList();
        List<Link> links = new ArrayList<>(rows.stream()
                .sorted((a, b) -> Integer.compare(a.slug().length(), b.slug().length()))
                .map(a -> new Link(a.name(), Permalinks.page(a.slug())))
                .toList());
        return Collections.unmodifiableList(links);
    }
}
