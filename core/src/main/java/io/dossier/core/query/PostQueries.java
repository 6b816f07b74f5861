package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.media.ResponsiveImages;
import io.dossier.core.search.SearchHits;
import io.dossier.core.search.SearchIndex;
import io.dossier.core.support.IdPair;
import io.dossier.core.support.Slice;
import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Public posts as read models. A list costs a fixed number of queries whatever its length:
 * the page of rows, the total, then credits and categories of all those rows at once.
 */
@ApplicationScoped
public class PostQueries {

    private EntityManager em;
    private SiteQueries site;
    private SearchIndex search;
    private ListMemo memo;

    protected PostQueries() {
        // for CDI proxies
    }

    @Inject
    public PostQueries(EntityManager em, SiteQueries site, SearchIndex search, ListMemo memo) {
        this.em = em;
        this.site = site;
        this.search = search;
        this.memo = memo;
    }

    /**
     * Page {@code page} (from 1) of the public posts that match, newest first (best first for a search).
     * Every list is read by id from its whole order, kept in the memo: the site's public posts
     * newest first (read from one covering index) with, for a term, author or date, just the posts
     * in it (read from the link table or index alone). Reading the posts' rows to filter, count or
     * skip cost 0.5–3 s a list at 100,000 posts, and a deep page as much again.
     */
    public Slice<PostCard> list(PostFilter filter, int page, int pageSize) {
        Instant now = Instant.now();
        Dependencies.on(filter.cacheTags());
        if (filter instanceof PostFilter.Matching matching) {
            return searched(matching.terms(), page, pageSize, now);
        }
        long[] order = order(filter, now);
        long offset = (long) (page - 1) * pageSize;
        if (offset >= order.length) {
            return new Slice<>(List.of(), page, pageSize, order.length);
        }
        List<Long> ids =
                Arrays.stream(order).skip(offset).limit(pageSize).boxed().toList();
        return new Slice<>(cards(rowsOf(ids), Map.of()), page, pageSize, order.length);
    }

    /** The ids of a list's public posts, newest first: 8 bytes a post (800 KB for 100,000), kept in the memo. */
    private long[] order(PostFilter filter, Instant now) {
        return memo.get(
                filter,
                () -> filter instanceof PostFilter.All
                        ? em
                                .createQuery(
                                        "select p.id from Post p where " + SiteQueries.VISIBLE
                                                + " order by p.publishedAt desc, p.id desc",
                                        Long.class)
                                .setParameter("hidden", SiteQueries.HIDDEN)
                                .setParameter("now", now)
                                .getResultList()
                                .stream()
                                .mapToLong(Long::longValue)
                                .toArray()
                        : keep(order(new PostFilter.All(), now), members(filter)));
    }

    /** The ids in {@code order} that are {@code members}, in order. */
    private static long[] keep(long[] order, long[] members) {
        Arrays.sort(members);
        return Arrays.stream(order)
                .filter(id -> Arrays.binarySearch(members, id) >= 0)
                .toArray();
    }

    /**
     * Ids of the posts in a list, public or not, unordered: from the term's link table, or an index
     * that holds the id, never the posts' rows. The link tables have no entity, hence SQL.
     */
    private long[] members(PostFilter filter) {
        List<?> ids = switch (filter) {
            case PostFilter.InCategories in -> {
                List<Long> categories = List.copyOf(in.categoryIds());
                Query query = em.createNativeQuery("select post_id from post_category where category_id in ("
                        + String.join(", ", Collections.nCopies(categories.size(), "?")) + ")");
                for (int i = 0; i < categories.size(); i++) {
                    query.setParameter(i + 1, categories.get(i));
                }
                yield query.getResultList();
            }
            case PostFilter.WithTag tag ->
                em.createNativeQuery("select post_id from post_tag where tag_id = ?")
                        .setParameter(1, tag.tagId())
                        .getResultList();
            case PostFilter.AboutPerson about ->
                em.createNativeQuery("""
                            select post_id from credit where person_id = ?
                            union select pt.post_id from post_tag pt join tag t on t.id = pt.tag_id where t.person_id = ?""")
                        .setParameter(1, about.personId())
                        .setParameter(2, about.personId())
                        .getResultList();
            case PostFilter.ByAuthor by ->
                em.createQuery("select p.id from Post p where p.authorId = :account", Long.class)
                        .setParameter("account", by.accountId())
                        .getResultList();
            case PostFilter.PublishedBetween between ->
                em.createQuery(
                                "select p.id from Post p where p.publishedAt >= :from and p.publishedAt < :until",
                                Long.class)
                        .setParameter("from", between.from())
                        .setParameter("until", between.until())
                        .getResultList();
            case PostFilter.All all -> throw new IllegalArgumentException("every post is in it");
            case PostFilter.Matching matching -> throw new IllegalArgumentException("searches go to the index");
        };
        return ids.stream().mapToLong(id -> ((Number) id).longValue()).toArray();
    }

    /** A page of search results from the full-text index, best first, each with its highlighted snippet. */
    private Slice<PostCard> searched(String terms, int page, int pageSize, Instant now) {
        SearchHits hits = search.search(terms, page, pageSize, now);
        if (hits.ids().isEmpty()) {
            return new Slice<>(List.of(), page, pageSize, hits.total());
        }
        return new Slice<>(cards(rowsOf(hits.ids()), hits.snippets()), page, pageSize, hits.total());
    }

    /** Card rows of these posts, in this order (a post gone since is left out). */
    List<CardRow> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CardRow> byId = new HashMap<>();
        em.createQuery("""
                        select new io.dossier.core.query.CardRow(p.id, p.title, p.slug, p.publishedAt, p.summary, p.authorId)
                        from Post p where p.id in :ids""", CardRow.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Cards for these rows, in their order. The
     * authors are read apart: joined into the page's query, they made H2 start from the accounts
     * and sort every public post instead of reading the newest-first index.
     */
    private List<PostCard> cards(List<CardRow> rows, Map<Long, String> highlights) {
        List<Long> ids = rows.stream().map(CardRow::id).toList();
        Dependencies.posts(ids);
        Map<Long, Link> authors = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.SlugRow(u.id, u.displayName, u.slug)"
                                + " from UserAccount u where u.id in :ids",
                        SlugRow.class)
                .setParameter(
                        "ids", rows.stream().map(CardRow::authorId).distinct().toList())
                .getResultList()
                .forEach(a -> authors.put(a.id(), new Link(a.name(), Permalinks.author(a.slug()))));
        Map<Long, List<CreditLine>> credits = creditsOf(ids);
        Map<Long, List<Link>> categories = categoriesOf(ids);
        ZoneId zone = site.site().zone();
        List<PostCard> cards = new ArrayList<>(rows.size());
        for (CardRow r : rows) {
            long id = r.id();
            cards.add(new PostCard(
                    id,
                    r.title(),
                    Permalinks.post(r.publishedAt(), r.slug(), zone),
                    r.publishedAt(),
                    r.summary(),
                    authors.get(r.authorId()),
                    credits.getOrDefault(id, List.of()),
                    categories.getOrDefault(id, List.of()),
                    highlights.get(id)));
        }
        return List.copyOf(cards);
    }

    /** The newest public posts of a list with their bodies: one query more than a list page. */
    public List<FeedItem> feed(PostFilter filter, int limit) {
        List<PostCard> cards = list(filter, 1, limit).items();
        if (cards.isEmpty()) {
            return List.of();
        }
        Map<Long, BodyRow> bodies = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.BodyRow(p.id, p.body, p.updatedAt) from Post p where p.id in :ids",
                        BodyRow.class)
                .setParameter("ids", cards.stream().map(PostCard::id).toList())
                .getResultList()
                .forEach(r -> bodies.put(r.id(), r));
        return cards.stream()
                .map(c -> new FeedItem(
                        c, bodies.get(c.id()).body(), bodies.get(c.id()).updatedAt()))
                .toList();
    }

    /** The newest public posts as links, in one query: for "Recent Posts" lists. */
    public List<PostHeadline> recent(int limit) {
        ZoneId zone = site.site().zone();
        Dependencies.on(CacheTags.STREAM);
        List<PostHeadline> recent = memo.get(
                new Recent(limit),
                () -> em
                        .createQuery(
                                "select new io.dossier.core.query.HeadlineRow(p.id, p.title, p.slug, p.publishedAt)"
                                        + " from Post p where " + SiteQueries.VISIBLE
                                        + " order by p.publishedAt desc, p.id desc",
                                HeadlineRow.class)
                        .setParameter("hidden", SiteQueries.HIDDEN)
                        .setParameter("now", Instant.now())
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(r -> r.headline(zone))
                        .toList());
        Dependencies.posts(recent.stream().map(PostHeadline::id).toList());
        return recent;
    }

    /** Publication times of every public post, for archive counts. */
    public List<Instant> publicationTimes() {
        Dependencies.on(CacheTags.STREAM);
        return em.createQuery("select p.publishedAt from Post p where " + SiteQueries.VISIBLE, Instant.class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    /** The tags most used by public posts published since {@code since} (null: ever), most used first. */
    public List<TagCount> tagCounts(int limit, Instant since) {
        Dependencies.on(CacheTags.TERM_COUNTS);
        TypedQuery<TermUses> query = em.createQuery(
                        "select new io.dossier.core.query.TermUses(t.name, t.slug, count(p)) from Post p join p.tags t where "
                                + SiteQueries.VISIBLE + (since == null ? "" : " and p.publishedAt >= :since")
                                + " group by t.id, t.name, t.slug order by count(p) desc, t.name",
                        TermUses.class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .setMaxResults(limit);
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getResultList().stream()
                .map(r -> new TagCount(r.name(), Permalinks.tag(r.slug()), r.count()))
                .toList();
    }

    /** Number of public posts per category id (a post counts once per category it is filed under). */
    public Map<Long, Long> countsByCategory() {
        Dependencies.on(CacheTags.TERM_COUNTS);
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.IdCount(c.id, count(p)) from Post p join p.categories c where "
                                + SiteQueries.VISIBLE + " group by c.id",
                        IdCount.class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .forEach(r -> counts.put(r.id(), r.count()));
        return counts;
    }

    /** The public post published on {@code date} (site time zone) with {@code slug}. */
    public Optional<PostDetail> published(LocalDate date, String slug) {
        ZoneId zone = site.site().zone();
        return detail(
                "p.slug = :slug and p.publishedAt >= :from and p.publishedAt < :until",
                q -> q.setParameter("slug", slug)
                        .setParameter("from", date.atStartOfDay(zone).toInstant())
                        .setParameter(
                                "until", date.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** The public post with {@code slug}, whatever its date: to redirect mistyped dates. */
    public Optional<PostDetail> publishedWithSlug(String slug) {
        return detail("p.slug = :slug", q -> q.setParameter("slug", slug));
    }

    /** Whether readers can see post {@code id} now: one small query, for checks that need no content. */
    public boolean isPublic(long id) {
        return !em.createQuery("select p.id from Post p where p.id = :id and " + SiteQueries.VISIBLE, Long.class)
                .setParameter("id", id)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .isEmpty();
    }

    public Optional<PostDetail> publishedById(long id) {
        return detail("p.id = :id", q -> q.setParameter("id", id));
    }

    /** Current URL of the public post that had WordPress ID {@code legacyId}, else of post {@code legacyId}. */
    public Optional<String> urlOfLegacyId(long legacyId) {
        List<DatedSlug> rows = em.createQuery(
                        "select new io.dossier.core.query.DatedSlug(p.publishedAt, p.slug) from Post p"
                                + " where (p.legacyId = :id or p.id = :id) and " + SiteQueries.VISIBLE
                                + " order by p.legacyId desc",
                        DatedSlug.class)
                .setParameter("id", legacyId)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> Permalinks.post(r.publishedAt(), r.slug(), site.site().zone()));
    }

    /**
     * The post whatever its status, as it would appear if published now: for previews, which
     * check who may see it. A post without a publication time gets the current one.
     */
    public Optional<PostDetail> anyStatusById(long id) {
        return detail("p.id = :id", q -> q.setParameter("id", id), false);
    }

    private Optional<PostDetail> detail(String condition, UnaryOperator<TypedQuery<PostDetailRow>> params) {
        return detail(condition, params, true);
    }

    private Optional<PostDetail> detail(
            String condition, UnaryOperator<TypedQuery<PostDetailRow>> params, boolean publicOnly) {
        TypedQuery<PostDetailRow> query = em.createQuery(
                """
                select new io.dossier.core.query.PostDetailRow(p.id, p.title, p.slug, p.publishedAt, p.updatedAt, p.summary,
                       p.body, a.displayName, a.slug, m.storagePath, m.altText, m.width, m.height, m.caption, m.variantWidths,
                       p.seoTitle, p.seoDescription, p.canonicalUrl, sm.storagePath, sm.altText, sm.width, sm.height)
                from Post p join p.author a left join p.featuredMedia m left join p.socialMedia sm where """ + " " + (publicOnly ? SiteQueries.VISIBLE + " and " : "") + condition, PostDetailRow.class);
        if (publicOnly) {
            query.setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", Instant.now());
        }
        List<PostDetailRow> rows = params.apply(query).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PostDetailRow r = rows.getFirst();
        long id = r.id();
        Dependencies.on(CacheTags.post(id));
        Instant publishedAt = r.publishedAt() == null ? Instant.now() : r.publishedAt();
        List<Long> ids = List.of(id);
        List<Link> tags = em.createQuery("""
                        select new io.dossier.core.query.NamedSlug(t.name, t.slug) from Post p join p.tags t
                        where p.id = :id order by lower(t.name)""", NamedSlug.class).setParameter("id", id).getResultList().stream()
                .map(t -> new Link(t.name(), Permalinks.tag(t.slug())))
                .toList();
        return Optional.of(new PostDetail(
                id,
                r.title(),
                Permalinks.post(publishedAt, r.slug(), site.site().zone()),
                publishedAt,
                r.updatedAt(),
                r.summary(),
                r.body(),
                new Link(r.authorName(), Permalinks.author(r.authorSlug())),
                creditsOf(ids).getOrDefault(id, List.of()),
                categoriesOf(ids).getOrDefault(id, List.of()),
                tags,
                r.imagePath() == null
                        ? null
                        : new ImageLink(
                                Permalinks.media(r.imagePath()),
                                r.imageAlt(),
                                r.imageWidth(),
                                r.imageHeight(),
                                r.imageCaption(),
                                ResponsiveImages.srcset(r.imagePath(), r.imageWidth(), r.imageVariants())),
                new PostSeo(
                        r.seoTitle(),
                        r.seoDescription(),
                        r.canonicalUrl(),
                        r.socialPath() == null
                                ? null
                                : new ImageLink(
                                        Permalinks.media(r.socialPath()),
                                        r.socialAlt(),
                                        r.socialWidth(),
                                        r.socialHeight(),
                                        null))));
    }

    private Map<Long, List<CreditLine>> creditsOf(Collection<Long> postIds) {
        Map<Long, List<CreditLine>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        em.createQuery("""
                        select new io.dossier.core.query.PostCredit(c.post.id, pe.name, pe.slug, pe.kind, c.role)
                        from Credit c join c.person pe
                        where c.post.id in :ids order by c.post.id, c.position""", PostCredit.class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent(r.postId(), k -> new ArrayList<>())
                        .add(r.line()));
        return byPost;
    }

    private Map<Long, List<Link>> categoriesOf(Collection<Long> postIds) {
        Map<Long, List<Link>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        CategoryTree tree = site.categories();
        em.createQuery(
                        "select new io.dossier.core.support.IdPair(p.id, c.id) from Post p join p.categories c"
                                + " where p.id in :ids order by c.name",
                        IdPair.class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent(r.first(), k -> new ArrayList<>())
                        .add(tree.link(r.second())));
        return byPost;
    }

    /** The memo's key for the newest headlines. */
    private record Recent(int limit) {}
}
