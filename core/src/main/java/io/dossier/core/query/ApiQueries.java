package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.search.SearchHits;
import io.dossier.core.search.SearchIndex;
import io.dossier.core.support.IdPair;
import io.dossier.core.support.Slice;
import io.dossier.core.text.LikePatterns;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the read APIs list, with the ids and fields clients need (WordPress's REST API names
 * terms by id, not by name): public posts with their category and tag ids, public pages with their
 * parent, categories and tags with their public post counts, and the accounts that wrote public
 * posts. Each page of results costs a fixed number of queries, whatever its size.
 */
@ApplicationScoped
public class ApiQueries {

    /** A public post as the API gives it. */
    public record ApiPost(
            long id,
            String title,
            String slug,
            String url,
            Instant publishedAt,
            Instant modifiedAt,
            String excerpt,
            String bodyHtml,
            long authorId,
            boolean sticky,
            List<Long> categoryIds,
            List<Long> tagIds) {}

    /** A public page; {@code parentId} 0 at the top. */
    public record ApiPage(
            long id,
            String title,
            String slug,
            String url,
            Instant publishedAt,
            Instant modifiedAt,
            String excerpt,
            String bodyHtml,
            long authorId,
            long parentId,
            int menuOrder) {}

    /** A category or tag; {@code count} is its public posts, {@code parentId} 0 for tags and top categories. */
    public record ApiTerm(
            long id, String name, String slug, String description, long parentId, long count, String url) {}

    /** A person or organisation profile. */
    public record ApiProfile(
            long id,
            String name,
            String slug,
            PersonKind kind,
            String roleTitle,
            String bioHtml,
            String photoUrl,
            String url) {}

    /** A search hit: a public post or page, or a profile. {@code type} is post, page, person or organization. */
    public record ApiHit(String type, long id, String title, String url, Instant publishedAt) {}

    /**
     * Public posts (best first, from the full-text index the site's search uses), then public pages,
     * then profiles whose title or text (name or biography) contains {@code terms}, paged over the
     * three together: counts first, then only the rows of the kinds the page reaches.
     */
    public Slice<ApiHit> search(String terms, int page, int perPage) {
        return search(terms, EnumSet.allOf(HitKind.class), page, perPage);
    }

    /** The kinds of content {@link #search(String, Set, int, int)} looks through. */
    public enum HitKind {
        POST,
        PAGE,
        PROFILE
    }

    /** As {@link #search(String, int, int)}, through these kinds only. */
    public Slice<ApiHit> search(String terms, Set<HitKind> kinds, int page, int perPage) {
        Dependencies.on(CacheTags.SEARCH);
        int first = (page - 1) * perPage;
        List<ApiHit> hits = new ArrayList<>();
        long total = 0;
        if (kinds.contains(HitKind.POST)) {
            SearchHits posts = index.hits(terms, first, perPage, Instant.now());
            hits.addAll(postHits(posts.ids()));
            total = posts.total();
        }
        String like = LikePatterns.containing(terms.toLowerCase(Locale.ROOT).strip());
        String contentMatch = " and (lower(p.title) like :term escape '\\' or lower(p.body) like :term escape '\\')";
        String profileMatch = " where lower(p.name) like :term escape '\\' or lower(p.bio) like :term escape '\\'";
        List<HitSource<?>> sources = List.of(
                new HitSource<>(
                        HitKind.PAGE,
                        "select count(p) from Page p where " + SiteQueries.VISIBLE + contentMatch,
                        "select new io.dossier.core.query.PageHitRow(p.id, p.title, p.path, p.publishedAt)"
                                + " from Page p where " + SiteQueries.VISIBLE + contentMatch
                                + " order by p.title, p.id",
                        true,
                        PageHitRow.class,
                        r -> new ApiHit("page", r.id(), r.title(), Permalinks.page(r.path()), r.publishedAt())),
                new HitSource<>(
                        HitKind.PROFILE,
                        "select count(p) from Person p" + profileMatch,
                        "select new io.dossier.core.query.ProfileHitRow(p.id, p.name, p.slug, p.kind) from Person p"
                                + profileMatch + " order by lower(p.name), p.id",
                        false,
                        ProfileHitRow.class,
                        r -> new ApiHit(
                                r.kind().name().toLowerCase(Locale.ROOT),
                                r.id(),
                                r.name(),
                                Permalinks.profile(r.kind(), r.slug()),
                                null)));
        for (HitSource<?> source : sources) {
            if (!kinds.contains(source.kind())) {
                continue;
            }
            TypedQuery<Long> count = em.createQuery(source.count(), Long.class).setParameter("term", like);
            if (source.visible()) {
                bindVisible(count);
            }
            long n = count.getSingleResult();
            long skip = Math.max(0, first - total);
            if (hits.size() < perPage && skip < n) {
                hits.addAll(source.hits(em, like, (int) skip, perPage - hits.size()));
            }
            total += n;
        }
        return new Slice<>(hits, page, perPage, total);
    }

    /** Search hits for these posts, in this order. */
    private List<ApiHit> postHits(List<Long> ids) {
        ZoneId zone = site.site().zone();
        return posts.rowsOf(ids).stream()
                .map(r -> new ApiHit(
                        "post", r.id(), r.title(), Permalinks.post(r.publishedAt(), r.slug(), zone), r.publishedAt()))
                .toList();
    }

    /** One kind of search hit: how to count them, read them as rows of {@code type} and make hits of them. */
    private record HitSource<R>(
            HitKind kind, String count, String rows, boolean visible, Class<R> type, Function<R, ApiHit> hit) {

        List<ApiHit> hits(EntityManager em, String like, int skip, int max) {
            TypedQuery<R> query = em.createQuery(rows, type).setParameter("term", like);
            if (visible) {
                bindVisible(query);
            }
            return query.setFirstResult(skip).setMaxResults(max).getResultList().stream()
                    .map(hit)
                    .toList();
        }
    }

    /** An account that wrote public posts, as readers know it: name and author page, never its login. */
    public record ApiAuthor(long id, String name, String slug, String url) {}

    private EntityManager em;
    private PostQueries posts;
    private SiteQueries site;
    private SearchIndex index;

    protected ApiQueries() {}

    @Inject
    public ApiQueries(EntityManager em, PostQueries posts, SiteQueries site, SearchIndex index) {
        this.em = em;
        this.posts = posts;
        this.site = site;
        this.index = index;
    }

    /** A page of the public posts {@code filter} selects, newest first. */
    public Slice<ApiPost> posts(PostFilter filter, int page, int perPage) {
        Slice<PostCard> cards = posts.list(filter, page, perPage);
        List<ApiPost> items = postsById(cards.items().stream().map(PostCard::id).toList());
        return new Slice<>(items, page, perPage, cards.total());
    }

    /**
     * The public posts {@code query} selects, in its order: through the site's own memoised lists
     * when it is one of them, else a query of its own. Any post's change can move a post into or out
     * of such a list (its sticky flag, dates, words), so that one depends on the search tag, which
     * every post's change evicts, besides the posts it shows.
     */
    public Slice<ApiPost> posts(PostQuery query) {
        Optional<PostFilter> list = query.asListFilter();
        if (list.isPresent()) {
            return posts(list.get(), query.page(), query.perPage());
        }
        Dependencies.on(CacheTags.SEARCH);
        Conditions where = conditions(query);
        long total = where.query(em, "select count(p) from Post p", Long.class).getSingleResult();
        int skip = query.skipped();
        boolean byIds =
                query.orderBy() == PostQuery.Order.INCLUDE && !query.include().isEmpty();
        boolean bySlugs = query.orderBy() == PostQuery.Order.INCLUDE_SLUGS
                && !query.slugs().isEmpty();
        List<Long> ids = byIds || bySlugs
                ? inGivenOrder("Post p", byIds, query.include(), query.slugs(), where, skip, query.perPage())
                : query.orderBy() == PostQuery.Order.RELEVANCE
                        ? byRelevance("Post p", where, skip, query.perPage())
                        : where.query(em, "select p.id from Post p", Long.class, order(query))
                                .setFirstResult(skip)
                                .setMaxResults(query.perPage())
                                .getResultList();
        return new Slice<>(postsById(ids), query.page(), query.perPage(), total);
    }

    /** The JPQL conditions of {@code query}, public posts only, with their parameters. */
    private static Conditions conditions(PostQuery query) {
        Conditions where = new Conditions();
        where.add(SiteQueries.VISIBLE, Map.of());
        where.addIf(!query.include().isEmpty(), "p.id in :include", "include", query.include());
        where.addIf(!query.exclude().isEmpty(), "p.id not in :exclude", "exclude", query.exclude());
        where.addIf(!query.slugs().isEmpty(), "p.slug in :slugs", "slugs", query.slugs());
        where.addIf(!query.authors().isEmpty(), "p.authorId in :authors", "authors", query.authors());
        where.addIf(
                !query.authorsExclude().isEmpty(),
                "p.authorId not in :authorsExclude",
                "authorsExclude",
                query.authorsExclude());
        where.addIf(
                !query.categories().isEmpty(),
                filedUnder("categories", "categories", true),
                "categories",
                query.categories());
        where.addIf(
                !query.categoriesExclude().isEmpty(),
                filedUnder("categories", "categoriesExclude", false),
                "categoriesExclude",
                query.categoriesExclude());
        where.addIf(!query.tags().isEmpty(), filedUnder("tags", "tags", true), "tags", query.tags());
        where.addIf(
                !query.tagsExclude().isEmpty(),
                filedUnder("tags", "tagsExclude", false),
                "tagsExclude",
                query.tagsExclude());
        where.dates(query.after(), query.before(), query.modifiedAfter(), query.modifiedBefore());
        where.addIf(query.sticky() != null, "p.sticky = :sticky", "sticky", query.sticky());
        where.words(query.search());
        return where;
    }

    private static final String TITLE_MATCH = "lower(p.title) like :term escape '\\'";

    /** "p is (or is not) filed under one of the terms in {@code parameter}" of {@code relation}. */
    private static String filedUnder(String relation, String parameter, boolean in) {
        return (in ? "" : "not ") + "exists (select q.id from Post q join q." + relation
                + " x where q = p and x.id in :" + parameter + ")";
    }

    private static String order(PostQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String by = switch (query.orderBy()) {
            case AUTHOR -> "p.authorId";
            case ID, INCLUDE, INCLUDE_SLUGS -> "p.id";
            case MODIFIED -> "p.updatedAt";
            case SLUG -> "p.slug";
            case TITLE -> "lower(p.title)";
            case DATE, RELEVANCE -> "p.publishedAt";
        };
        return " order by " + by + direction + (by.equals("p.id") ? "" : ", p.id" + direction);
    }

    /**
     * WordPress's orderby=include (or include_slugs): the ids (or slugs) given, at most a hundred, in
     * their order whatever {@code order} says, as WordPress sorts them by FIELD().
     */
    private List<Long> inGivenOrder(
            String from, boolean byIds, List<Long> include, List<String> slugs, Conditions where, int skip, int max) {
        List<IdSlug> rows = where.query(
                        em,
                        "select new io.dossier.core.query.ApiQueries$IdSlug(p.id, p.slug) from " + from,
                        IdSlug.class)
                .getResultList();
        Comparator<IdSlug> given = byIds
                ? Comparator.comparingInt(r -> position(include, r.id()))
                : Comparator.comparingInt(r -> position(slugs, r.slug()));
        List<Long> ordered = rows.stream()
                .sorted(given) // WordPress's FIELD() order: the direction does not apply
                .map(IdSlug::id)
                .toList();
        int start = Math.min(skip, ordered.size());
        return ordered.subList(start, Math.min(ordered.size(), start + max));
    }

    /** A post's or page's id and slug, for ordering by the slugs asked for. */
    public record IdSlug(long id, String slug) {}

    /** Posts whose title matches first, then the others, each newest first: two lists, one window across them. */
    private List<Long> byRelevance(String from, Conditions where, int skip, int max) {
        Conditions inTitle = where.and(TITLE_MATCH);
        Conditions elsewhere = where.and("not (" + TITLE_MATCH + ")");
        String newest = " order by p.publishedAt desc, p.id desc";
        long titled =
                inTitle.query(em, "select count(p) from " + from, Long.class).getSingleResult();
        List<Long> ids = new ArrayList<>();
        if (skip < titled) {
            ids.addAll(inTitle.query(em, "select p.id from " + from, Long.class, newest)
                    .setFirstResult(skip)
                    .setMaxResults(max)
                    .getResultList());
        }
        if (ids.size() < max) {
            ids.addAll(elsewhere
                    .query(em, "select p.id from " + from, Long.class, newest)
                    .setFirstResult((int) Math.max(0, skip - titled))
                    .setMaxResults(max - ids.size())
                    .getResultList());
        }
        return ids;
    }

    /** JPQL conditions joined with "and", with the parameters they bind; the visibility ones always bound. */
    private static final class Conditions {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, Map<String, Object> bound) {
            conditions.add(condition);
            parameters.putAll(bound);
        }

        void addIf(boolean applies, String condition, String parameter, Object value) {
            if (applies) {
                add(condition, Map.of(parameter, value));
            }
        }

        /** Published strictly after / before, changed strictly after / before: each when given. */
        void dates(Instant after, Instant before, Instant modifiedAfter, Instant modifiedBefore) {
            addIf(after != null, "p.publishedAt > :after", "after", after);
            addIf(before != null, "p.publishedAt < :before", "before", before);
            addIf(modifiedAfter != null, "p.updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter);
            addIf(modifiedBefore != null, "p.updatedAt < :modifiedBefore", "modifiedBefore", modifiedBefore);
        }

        /** {@code search} in the title, excerpt or text, as WordPress searches; when given. */
        void words(String search) {
            if (search != null) {
                add(
                        "(" + TITLE_MATCH + " or lower(p.excerpt) like :term escape '\\'"
                                + " or lower(p.body) like :term escape '\\')",
                        Map.of("term", LikePatterns.containing(search.toLowerCase(Locale.ROOT))));
            }
        }

        Conditions and(String condition) {
            Conditions more = new Conditions();
            more.conditions.addAll(conditions);
            more.parameters.putAll(parameters);
            more.conditions.add(condition);
            return more;
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type) {
            return query(em, select, type, "");
        }

        <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, String orderBy) {
            TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", conditions) + orderBy, type);
            parameters.forEach(query::setParameter);
            bindVisible(query);
            return query;
        }
    }

    /** The public post with this id. */
    public Optional<ApiPost> post(long id) {
        TypedQuery<Long> query =
                em.createQuery("select p.id from Post p where " + SiteQueries.VISIBLE + " and p.id = :id", Long.class);
        bindVisible(query);
        return postsById(query.setParameter("id", id).getResultList()).stream().findFirst();
    }

    private List<ApiPost> postsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Dependencies.posts(ids);
        Map<Long, List<Long>> categories = termIds(
                "select new io.dossier.core.support.IdPair(p.id, c.id) from Post p join p.categories c"
                        + " where p.id in :ids",
                ids);
        Map<Long, List<Long>> tags = termIds(
                "select new io.dossier.core.support.IdPair(p.id, t.id) from Post p join p.tags t where p.id in :ids",
                ids);
        Map<Long, ApiPostRow> rows = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.ApiPostRow(p.id, p.title, p.slug, p.publishedAt, p.updatedAt,"
                                + " p.excerpt, p.body, p.authorId, p.sticky) from Post p where p.id in :ids",
                        ApiPostRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> rows.put(r.id(), r));
        ZoneId zone = site.site().zone();
        List<ApiPost> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ApiPostRow r = rows.get(id);
            result.add(new ApiPost(
                    id,
                    r.title(),
                    r.slug(),
                    Permalinks.post(r.publishedAt(), r.slug(), zone),
                    r.publishedAt(),
                    r.updatedAt(),
                    r.excerpt(),
                    r.body(),
                    r.authorId(),
                    r.sticky(),
                    categories.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, List.of())));
        }
        return result;
    }

    /** The public pages {@code query} selects, in its order. */
    public Slice<ApiPage> pages(PageQuery query) {
        String from = "Page p left join p.parent pp";
        Conditions where = new Conditions();
        where.add(SiteQueries.VISIBLE, Map.of());
        where.addIf(!query.include().isEmpty(), "p.id in :include", "include", query.include());
        where.addIf(!query.exclude().isEmpty(), "p.id not in :exclude", "exclude", query.exclude());
        where.addIf(!query.slugs().isEmpty(), "p.slug in :slugs", "slugs", query.slugs());
        where.addIf(!query.authors().isEmpty(), "p.author.id in :authors", "authors", query.authors());
        where.addIf(
                !query.authorsExclude().isEmpty(),
                "p.author.id not in :authorsExclude",
                "authorsExclude",
                query.authorsExclude());
        if (!query.parents().isEmpty()) { // 0 is the top level
            where.add(
                    "(pp.id in :parents" + (query.parents().contains(0L) ? " or pp is null)" : ")"),
                    Map.of("parents", query.parents()));
        }
        where.addIf(
                !query.parentsExclude().isEmpty(),
                "(pp is null or pp.id not in :parentsExclude)",
                "parentsExclude",
                query.parentsExclude());
        where.dates(query.after(), query.before(), query.modifiedAfter(), query.modifiedBefore());
        where.addIf(query.menuOrder() != null, "p.menuOrder = :menuOrder", "menuOrder", query.menuOrder());
        where.words(query.search());
        long total = where.query(em, "select count(p) from " + from, Long.class).getSingleResult();
        int skip = query.skipped();
        boolean byIds =
                query.orderBy() == PageQuery.Order.INCLUDE && !query.include().isEmpty();
        boolean bySlugs = query.orderBy() == PageQuery.Order.INCLUDE_SLUGS
                && !query.slugs().isEmpty();
        String direction = query.descending() ? " desc" : " asc";
        String by = switch (query.orderBy()) {
            case AUTHOR -> "p.author.id";
            case ID, INCLUDE, INCLUDE_SLUGS -> "p.id";
            case MODIFIED -> "p.updatedAt";
            case SLUG -> "p.slug";
            case TITLE -> "lower(p.title)";
            case PARENT -> "pp.id";
            case MENU_ORDER -> "p.menuOrder";
            case DATE, RELEVANCE -> "p.publishedAt";
        };
        List<Long> ids = byIds || bySlugs
                ? inGivenOrder(from, byIds, query.include(), query.slugs(), where, skip, query.perPage())
                : query.orderBy() == PageQuery.Order.RELEVANCE
                        ? byRelevance(from, where, skip, query.perPage())
                        : where.query(
                                        em,
                                        "select p.id from " + from,
                                        Long.class,
                                        " order by " + by + direction + (by.equals("p.id") ? "" : ", p.id" + direction))
                                .setFirstResult(skip)
                                .setMaxResults(query.perPage())
                                .getResultList();
        return new Slice<>(pagesById(ids), query.page(), query.perPage(), total);
    }

    /** The public pages among {@code ids}, in that order. */
    public List<ApiPage> pages(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Long> visible =
                em.createQuery("select p.id from Page p where p.id in :ids and " + SiteQueries.VISIBLE, Long.class);
        bindVisible(visible);
        Set<Long> shown = Set.copyOf(visible.setParameter("ids", ids).getResultList());
        return pagesById(ids.stream().filter(shown::contains).toList());
    }

    /** These pages, in this order. */
    private List<ApiPage> pagesById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ApiPage> byId = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.ApiPageRow(p.id, p.title, p.slug, p.path, p.publishedAt,"
                                + " p.updatedAt, p.excerpt, p.body, p.author.id, pp.id, p.menuOrder)"
                                + " from Page p left join p.parent pp where p.id in :ids",
                        ApiPageRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byId.put(r.id(), apiPage(r)));
        return ids.stream().map(byId::get).toList();
    }

    private static ApiPage apiPage(ApiPageRow r) {
        return new ApiPage(
                r.id(),
                r.title(),
                r.slug(),
                Permalinks.page(r.path()),
                r.publishedAt(),
                r.updatedAt(),
                r.excerpt(),
                r.body(),
                r.authorId(),
                r.parentId() == null ? 0 : r.parentId(),
                r.menuOrder());
    }

    /** A page of the public pages, in menu order; {@code parentId} (0: top level) and {@code slug} narrow it. */
    public Slice<ApiPage> pages(Long parentId, String slug, int page, int perPage) {
        return pages(null, parentId, slug, page, perPage);
    }

    public Optional<ApiPage> page(long id) {
        return pages(id, null, null, 1, 1).items().stream().findFirst();
    }

    private Slice<ApiPage> pages(Long id, Long parentId, String slug, int page, int perPage) {
        String where = " where " + SiteQueries.VISIBLE + (id == null ? "" : " and p.id = :id")
                + (parentId == null ? "" : parentId == 0 ? " and p.parent is null" : " and p.parent.id = :parent")
                + (slug == null ? "" : " and p.slug = :slug");
        TypedQuery<Long> count = em.createQuery("select count(p) from Page p" + where, Long.class);
        TypedQuery<ApiPageRow> rows = em.createQuery(
                "select new io.dossier.core.query.ApiPageRow(p.id, p.title, p.slug, p.path, p.publishedAt, p.updatedAt,"
                        + " p.excerpt, p.body, p.author.id, pp.id, p.menuOrder) from Page p left join p.parent pp"
                        + where
                        + " order by p.menuOrder, p.title, p.id",
                ApiPageRow.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            bindVisible(q);
            if (id != null) {
                q.setParameter("id", id);
            }
            if (parentId != null && parentId != 0) {
                q.setParameter("parent", parentId);
            }
            if (slug != null) {
                q.setParameter("slug", slug);
            }
        }
        long total = count.getSingleResult();
        List<ApiPage> items = rows.setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList().stream()
                .map(ApiQueries::apiPage)
                .toList();
        return new Slice<>(items, page, perPage, total);
    }

    /** Categories by name, with their public post counts. */
    public Slice<ApiTerm> categories(int page, int perPage) {
        return categories(TermQuery.byName(page, perPage));
    }

    /** The categories {@code query} selects, with their public post counts. */
    public Slice<ApiTerm> categories(TermQuery query) {
        CategoryTree tree = site.categories();
        return terms(
                query,
                "select new io.dossier.core.query.TermRow(t.id, t.name, t.slug, t.description, pc.id) from Category t"
                        + " left join t.parent pc",
                "categories",
                row -> tree.url(row.id()));
    }

    /** Tags by name, with their public post counts. */
    public Slice<ApiTerm> tags(int page, int perPage) {
        return tags(TermQuery.byName(page, perPage));
    }

    /** The tags {@code query} selects, with their public post counts. */
    public Slice<ApiTerm> tags(TermQuery query) {
        return terms(
                query,
                "select new io.dossier.core.query.TermRow(t.id, t.name, t.slug, t.description) from Tag t",
                "tags",
                row -> Permalinks.tag(row.slug()));
    }

    /**
     * One page of terms: the filters that need no counts in JPQL, then every match counted, hidden
     * when empty and sorted in memory, where WordPress's orders by count and by the order of the ids
     * or slugs given are simple. A site's terms are few enough (thousands) to read whole.
     */
    private Slice<ApiTerm> terms(TermQuery query, String select, String relation, Function<TermRow, String> url) {
        Dependencies.on(CacheTags.TERM_COUNTS);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!query.slugs().isEmpty()) {
            where.add("t.slug in :slugs");
            parameters.put("slugs", query.slugs());
        }
        if (!query.include().isEmpty()) {
            where.add("t.id in :include");
            parameters.put("include", query.include());
        }
        if (!query.exclude().isEmpty()) {
            where.add("t.id not in :exclude");
            parameters.put("exclude", query.exclude());
        }
        if (query.search() != null) {
            where.add("(lower(t.name) like :search escape '\\' or lower(t.slug) like :search escape '\\')");
            parameters.put("search", LikePatterns.containing(query.search().toLowerCase(Locale.ROOT)));
        }
        if (query.parent() != null) {
            // pc, the left-joined parent of the categories' select: a path through t.parent would inner-join it.
            where.add(query.parent() == 0 ? "pc is null" : "pc.id = :parent");
            if (query.parent() != 0) {
                parameters.put("parent", query.parent());
            }
        }
        boolean ofPost = query.post() != null;
        if (ofPost) {
            where.add("exists (select p.id from Post p join p." + relation + " x where x = t and p.id = :post and "
                    + SiteQueries.VISIBLE + ")");
            parameters.put("post", query.post());
        }
        TypedQuery<TermRow> rows = em.createQuery(
                select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), TermRow.class);
        parameters.forEach(rows::setParameter);
        if (ofPost) {
            bindVisible(rows);
        }
        Map<Long, Long> counts = counts("select new io.dossier.core.query.IdCount(t.id, count(p)) from Post p join p."
                + relation + " t where " + SiteQueries.VISIBLE + " group by t.id");
        List<ApiTerm> matching = rows.getResultList().stream()
                .map(r -> new ApiTerm(
                        r.id(),
                        r.name(),
                        r.slug(),
                        r.description(),
                        r.parentId() == null ? 0 : r.parentId(),
                        counts.getOrDefault(r.id(), 0L),
                        url.apply(r)))
                .filter(term -> !query.hideEmpty() || term.count() > 0)
                .sorted(order(query))
                .toList();
        int from = Math.min(query.skipped(), matching.size());
        List<ApiTerm> items = matching.subList(from, Math.min(matching.size(), from + query.perPage()));
        return new Slice<>(items, query.page(), query.perPage(), matching.size());
    }

    private static Comparator<ApiTerm> order(TermQuery query) {
        Comparator<ApiTerm> byName = Comparator.comparing(term -> term.name().toLowerCase(Locale.ROOT));
        Comparator<ApiTerm> order = switch (query.orderBy()) {
            case ID, TERM_GROUP -> Comparator.comparingLong(ApiTerm::id);
            case NAME -> byName;
            case SLUG -> Comparator.comparing(ApiTerm::slug);
            case DESCRIPTION -> Comparator.comparing(term -> term.description() == null ? "" : term.description());
            case COUNT -> Comparator.comparingLong(ApiTerm::count);
            case INCLUDE -> Comparator.comparingInt(term -> position(query.include(), term.id()));
            case INCLUDE_SLUGS -> Comparator.comparingInt(term -> position(query.slugs(), term.slug()));
        };
        order = order.thenComparingLong(ApiTerm::id);
        return query.descending() ? order.reversed() : order;
    }

    /** Where {@code value} is in the list asked for; not asked for (no list given): all the same. */
    private static <T> int position(List<T> list, T value) {
        int at = list.indexOf(value);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** People or organisations by name. */
    public Slice<ApiProfile> profiles(PersonKind kind, int page, int perPage) {
        Dependencies.on(CacheTags.PEOPLE);
        long total = em.createQuery("select count(p) from Person p where p.kind = :kind", Long.class)
                .setParameter("kind", kind)
                .getSingleResult();
        List<ApiProfile> items = em
                .createQuery(
                        "select new io.dossier.core.query.ProfileApiRow(p.id, p.name, p.slug, p.roleTitle, p.bio, p.photoUrl)"
                                + " from Person p where p.kind = :kind order by lower(p.name), p.id",
                        ProfileApiRow.class)
                .setParameter("kind", kind)
                .setFirstResult((page - 1) * perPage)
                .setMaxResults(perPage)
                .getResultList()
                .stream()
                .map(r -> new ApiProfile(
                        r.id(),
                        r.name(),
                        r.slug(),
                        kind,
                        r.roleTitle(),
                        r.bio(),
                        r.photoUrl(),
                        Permalinks.profile(kind, r.slug())))
                .toList();
        return new Slice<>(items, page, perPage, total);
    }

    /** The accounts with at least one public post, by name. */
    public Slice<ApiAuthor> authors(int page, int perPage) {
        Dependencies.on(CacheTags.STREAM);
        String authored = " from UserAccount u where exists (select p.id from Post p where p.author = u and "
                + SiteQueries.VISIBLE + ")";
        TypedQuery<Long> count = em.createQuery("select count(u)" + authored, Long.class);
        TypedQuery<SlugRow> rows = em.createQuery(
                "select new io.dossier.core.query.SlugRow(u.id, u.displayName, u.slug)" + authored
                        + " order by lower(u.displayName), u.id",
                SlugRow.class);
        bindVisible(count);
        bindVisible(rows);
        List<ApiAuthor> items =
                rows.setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList().stream()
                        .map(r -> new ApiAuthor(r.id(), r.name(), r.slug(), Permalinks.author(r.slug())))
                        .toList();
        return new Slice<>(items, page, perPage, count.getSingleResult());
    }

    /** The accounts among {@code ids} with at least one public post, as {@link #authors(int, int)} lists them. */
    public List<ApiAuthor> authors(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Dependencies.on(CacheTags.STREAM);
        ids.forEach(id -> Dependencies.on(CacheTags.author(id)));
        TypedQuery<SlugRow> rows = em.createQuery(
                "select new io.dossier.core.query.SlugRow(u.id, u.displayName, u.slug) from UserAccount u"
                        + " where u.id in :ids and exists (select p.id from Post p where p.author = u and "
                        + SiteQueries.VISIBLE + ") order by u.id",
                SlugRow.class);
        bindVisible(rows);
        return rows.setParameter("ids", ids).getResultList().stream()
                .map(r -> new ApiAuthor(r.id(), r.name(), r.slug(), Permalinks.author(r.slug())))
                .toList();
    }

    private Map<Long, List<Long>> termIds(String jpql, List<Long> ids) {
        Map<Long, List<Long>> byPost = new HashMap<>();
        em.createQuery(jpql, IdPair.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent(r.first(), k -> new ArrayList<>())
                        .add(r.second()));
        byPost.values().forEach(list -> list.sort(null));
        return byPost;
    }

    private Map<Long, Long> counts(String jpql) {
        TypedQuery<IdCount> query = em.createQuery(jpql, IdCount.class);
        bindVisible(query);
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(r -> counts.put(r.id(), r.count()));
        return counts;
    }

    private static void bindVisible(TypedQuery<?> query) {
        query.setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", Instant.now());
    }
}
