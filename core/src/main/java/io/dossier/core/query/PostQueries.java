package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.model.PersonKind;
import io.dossier.core.search.SearchHits;
import io.dossier.core.search.SearchIndex;
import io.dossier.core.media.ResponsiveImages;
import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
     * A term's list (tag, category, person) is read one of two ways: a short one (up to
     * {@link #SHORT_LIST} posts) is read whole from the term's side once and kept in the memo, so
     * its pages are read by id; a long one walks the newest-first index and keeps the term's
     * posts, which fills a page quickly because they are common (a term on one post in five fills a
     * page of ten after fifty). One fixed plan read every post of a popular term, or every post of
     * the site for a rare one: 0.4–2 s at 100,000 posts.
     */
    public Slice<PostCard> list(PostFilter filter, int page, int pageSize) {
        Instant now = Instant.now();
        Dependencies.on(CacheTags.of(filter));
        if (filter instanceof PostFilter.Matching matching) {
            return searched(matching.terms(), page, pageSize, now);
        }
        Where where = where(filter);
        Sized list = memo.get(filter, () -> sized(where, now));
        long offset = (long) (page - 1) * pageSize;
        if (list.total() == 0 || offset >= list.total()) {
            return new Slice<>(List.of(), page, pageSize, list.total());
        }
        if (list.newest() != null) {
            List<Long> ids = list.newest().stream().skip(offset).limit(pageSize).toList();
            return new Slice<>(cards(rowsOf(ids), Map.of()), page, pageSize, list.total());
        }
        TypedQuery<Object[]> rows = em.createQuery("""
                select p.id, p.title, p.slug, p.publishedAt, p.summary, p.authorId
                from Post p where\s""" + SiteQueries.VISIBLE + where.clause()
                + " order by " + where.order(), Object[].class);
        List<Object[]> result = bind(rows, where, now)
                .setFirstResult((int) offset)
                .setMaxResults(pageSize)
                .getResultList();
        return new Slice<>(cards(result, Map.of()), page, pageSize, list.total());
    }

    /** Longest term list whose post ids the memo keeps (about 10 KB): the index walk for a rarer term reads too far. */
    static final int SHORT_LIST = 500;

    /** How many public posts a list has and, for a short term list, their ids newest first. */
    private record Sized(long total, List<Long> newest) {
    }

    /** A list's size, a term's counted from its side (walking every post to count a rare term is slow). */
    private Sized sized(Where where, Instant now) {
        if (where.members().isEmpty()) {
            return new Sized(bind(em.createQuery("select count(p) from Post p where " + SiteQueries.VISIBLE + where.clause(),
                    Long.class), where, now).getSingleResult(), null);
        }
        if (where.members().size() == 1) {
            long total = bind(em.createQuery("select count(distinct p.id) " + where.members().getFirst(), Long.class),
                    where, now).getSingleResult();
            return new Sized(total, total <= SHORT_LIST ? members(where, now) : null);
        }
        List<Long> members = members(where, now);
        return new Sized(members.size(), members.size() <= SHORT_LIST ? members : null);
    }

    /** A term's public posts, newest first, read from the term's side. */
    private List<Long> members(Where where, Instant now) {
        Map<Long, Instant> published = new HashMap<>();
        for (String from : where.members()) {
            bind(em.createQuery("select p.id, p.publishedAt " + from, Object[].class), where, now).getResultList()
                    .forEach(r -> published.put((Long) r[0], (Instant) r[1]));
        }
        return published.entrySet().stream()
                .sorted(Map.Entry.<Long, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()).reversed())
                .map(Map.Entry::getKey).toList();
    }

    /** A page of search results from the full-text index, best first, each with its highlighted snippet. */
    private Slice<PostCard> searched(String terms, int page, int pageSize, Instant now) {
        SearchHits hits = search.search(terms, page, pageSize, now);
        if (hits.ids().isEmpty()) {
            return new Slice<>(List.of(), page, pageSize, hits.total());
        }
        return new Slice<>(cards(rowsOf(hits.ids()), hits.snippets()), page, pageSize, hits.total());
    }

    /** Card rows (id, title, slug, publishedAt, summary, author id) of these posts, in this order (a post gone since is left out). */
    List<Object[]> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> byId = new HashMap<>();
        em.createQuery("""
                        select p.id, p.title, p.slug, p.publishedAt, p.summary, p.authorId
                        from Post p where p.id in :ids""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> byId.put((Long) r[0], r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Cards for rows of (id, title, slug, publishedAt, summary, author id), in their order. The
     * authors are read apart: joined into the page's query, they made H2 start from the accounts
     * and sort every public post instead of reading the newest-first index.
     */
    private List<PostCard> cards(List<Object[]> rows, Map<Long, String> highlights) {
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Dependencies.posts(ids);
        Map<Long, Link> authors = new HashMap<>();
        em.createQuery("select u.id, u.displayName, u.slug from UserAccount u where u.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[5]).distinct().toList()).getResultList()
                .forEach(a -> authors.put((Long) a[0], new Link((String) a[1], Permalinks.author((String) a[2]))));
        Map<Long, List<CreditLine>> credits = creditsOf(ids);
        Map<Long, List<Link>> categories = categoriesOf(ids);
        ZoneId zone = site.site().zone();
        List<PostCard> cards = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            cards.add(new PostCard(id, (String) r[1], Permalinks.post((Instant) r[3], (String) r[2], zone),
                    (Instant) r[3], (String) r[4], authors.get((Long) r[5]),
                    credits.getOrDefault(id, List.of()), categories.getOrDefault(id, List.of()), highlights.get(id)));
        }
        return List.copyOf(cards);
    }

    /** The newest public posts of a list with their bodies: one query more than a list page. */
    public List<FeedItem> feed(PostFilter filter, int limit) {
        List<PostCard> cards = list(filter, 1, limit).items();
        if (cards.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> bodies = new HashMap<>();
        em.createQuery("select p.id, p.body, p.updatedAt from Post p where p.id in :ids", Object[].class)
                .setParameter("ids", cards.stream().map(PostCard::id).toList())
                .getResultList()
                .forEach(r -> bodies.put((Long) r[0], r));
        return cards.stream().map(c -> new FeedItem(c, (String) bodies.get(c.id())[1], (Instant) bodies.get(c.id())[2])).toList();
    }

    /** The newest public posts as links, in one query: for "Recent Posts" lists. */
    public List<PostHeadline> recent(int limit) {
        ZoneId zone = site.site().zone();
        Dependencies.on(CacheTags.STREAM);
        List<PostHeadline> recent = memo.get(new Recent(limit), () -> em.createQuery("select p.id, p.title, p.slug, p.publishedAt from Post p where " + SiteQueries.VISIBLE
                        + " order by p.publishedAt desc, p.id desc", Object[].class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(r -> new PostHeadline((Long) r[0], (String) r[1], Permalinks.post((Instant) r[3], (String) r[2], zone),
                        (Instant) r[3]))
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
        TypedQuery<Object[]> query = em.createQuery("select t.name, t.slug, count(p) from Post p join p.tags t where "
                + SiteQueries.VISIBLE + (since == null ? "" : " and p.publishedAt >= :since")
                + " group by t.id, t.name, t.slug order by count(p) desc, t.name", Object[].class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .setMaxResults(limit);
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getResultList().stream()
                .map(r -> new TagCount((String) r[0], Permalinks.tag((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    /** Number of public posts per category id (a post counts once per category it is filed under). */
    public Map<Long, Long> countsByCategory() {
        Dependencies.on(CacheTags.TERM_COUNTS);
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select c.id, count(p) from Post p join p.categories c where " + SiteQueries.VISIBLE + " group by c.id",
                        Object[].class)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The public post published on {@code date} (site time zone) with {@code slug}. */
    public Optional<PostDetail> published(LocalDate date, String slug) {
        ZoneId zone = site.site().zone();
        return detail("p.slug = :slug and p.publishedAt >= :from and p.publishedAt < :until", q -> q
                .setParameter("slug", slug)
                .setParameter("from", date.atStartOfDay(zone).toInstant())
                .setParameter("until", date.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** The public post with {@code slug}, whatever its date: to redirect mistyped dates. */
    public Optional<PostDetail> publishedWithSlug(String slug) {
        return detail("p.slug = :slug", q -> q.setParameter("slug", slug));
    }

    /** Whether readers can see post {@code id} now: one small query, for checks that need no content. */
    public boolean isPublic(long id) {
        return !em.createQuery("select p.id from Post p where p.id = :id and " + SiteQueries.VISIBLE, Long.class)
                .setParameter("id", id).setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", Instant.now())
                .getResultList().isEmpty();
    }

    public Optional<PostDetail> publishedById(long id) {
        return detail("p.id = :id", q -> q.setParameter("id", id));
    }

    /** Current URL of the public post that had WordPress ID {@code legacyId}, else of post {@code legacyId}. */
    public Optional<String> urlOfLegacyId(long legacyId) {
        List<Object[]> rows = em.createQuery("select p.publishedAt, p.slug, p.legacyId from Post p where (p.legacyId = :id or p.id = :id) and "
                        + SiteQueries.VISIBLE + " order by p.legacyId desc", Object[].class)
                .setParameter("id", legacyId)
                .setParameter("hidden", SiteQueries.HIDDEN)
                .setParameter("now", Instant.now())
                .getResultList();
        return rows.stream().findFirst().map(r -> Permalinks.post((Instant) r[0], (String) r[1], site.site().zone()));
    }

    /**
     * The post whatever its status, as it would appear if published now: for previews, which
     * check who may see it. A post without a publication time gets the current one.
     */
    public Optional<PostDetail> anyStatusById(long id) {
        return detail("p.id = :id", q -> q.setParameter("id", id), false);
    }

    private Optional<PostDetail> detail(String condition, java.util.function.UnaryOperator<TypedQuery<Object[]>> params) {
        return detail(condition, params, true);
    }

    private Optional<PostDetail> detail(String condition, java.util.function.UnaryOperator<TypedQuery<Object[]>> params,
                                        boolean publicOnly) {
        TypedQuery<Object[]> query = em.createQuery("""
                select p.id, p.title, p.slug, p.publishedAt, p.updatedAt, p.summary, p.body, a.displayName, a.slug,
                       m.storagePath, m.altText, m.width, m.height, m.caption,
                       p.seoTitle, p.seoDescription, p.canonicalUrl, sm.storagePath, sm.altText, sm.width, sm.height,
                       m.variantWidths
                from Post p join p.author a left join p.featuredMedia m left join p.socialMedia sm where """ + " "
                + (publicOnly ? SiteQueries.VISIBLE + " and " : "") + condition, Object[].class);
        if (publicOnly) {
            query.setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", Instant.now());
        }
        List<Object[]> rows = params.apply(query).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.getFirst();
        long id = (Long) r[0];
        Dependencies.on(CacheTags.post(id));
        Instant publishedAt = r[3] == null ? Instant.now() : (Instant) r[3];
        List<Long> ids = List.of(id);
        List<Link> tags = em.createQuery(
                        "select t.name, t.slug from Post p join p.tags t where p.id = :id order by lower(t.name)", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(t -> new Link((String) t[0], Permalinks.tag((String) t[1]))).toList();
        return Optional.of(new PostDetail(id, (String) r[1],
                Permalinks.post(publishedAt, (String) r[2], site.site().zone()), publishedAt, (Instant) r[4],
                (String) r[5], (String) r[6], new Link((String) r[7], Permalinks.author((String) r[8])),
                creditsOf(ids).getOrDefault(id, List.of()), categoriesOf(ids).getOrDefault(id, List.of()), tags,
                r[9] == null ? null : new ImageLink(Permalinks.media((String) r[9]), (String) r[10], (Integer) r[11],
                        (Integer) r[12], (String) r[13],
                        ResponsiveImages.srcset((String) r[9], (Integer) r[11], (String) r[21])),
                new PostSeo((String) r[14], (String) r[15], (String) r[16], r[17] == null ? null
                        : new ImageLink(Permalinks.media((String) r[17]), (String) r[18], (Integer) r[19], (Integer) r[20], null))));
    }

    private Map<Long, List<CreditLine>> creditsOf(Collection<Long> postIds) {
        Map<Long, List<CreditLine>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        em.createQuery("""
                        select c.post.id, pe.name, pe.slug, pe.kind, c.role from Credit c join c.person pe
                        where c.post.id in :ids order by c.post.id, c.position""", Object[].class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new CreditLine((String) r[1], (String) r[2], (PersonKind) r[3], (String) r[4])));
        return byPost;
    }

    private Map<Long, List<Link>> categoriesOf(Collection<Long> postIds) {
        Map<Long, List<Link>> byPost = new HashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        CategoryTree tree = site.categories();
        em.createQuery("select p.id, c.id from Post p join p.categories c where p.id in :ids order by c.name",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(r -> byPost.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(tree.link((Long) r[1])));
        return byPost;
    }

    /** The memo's key for the newest headlines. */
    private record Recent(int limit) {
    }

    /**
     * A list's condition on the posts {@code p} (for walking the newest-first index) and, for a
     * term, the {@code from ... where ...} of queries that read its public posts from the term's side.
     */
    private record Where(String clause, Map<String, Object> params, List<String> members, String order) {

        Where(String clause, Map<String, Object> params, List<String> members) {
            this(clause, params, members, "p.publishedAt desc, p.id desc");
        }
    }

    private static Where where(PostFilter filter) {
        String visible = " and " + SiteQueries.VISIBLE;
        return switch (filter) {
            case PostFilter.All all -> new Where("", Map.of(), List.of());
            case PostFilter.InCategories in -> new Where(
                    " and exists (select c.id from Post q join q.categories c where q = p and c.id in :categories)",
                    Map.of("categories", in.categoryIds()),
                    List.of("from Post p join p.categories c where c.id in :categories" + visible));
            case PostFilter.WithTag tag -> new Where(
                    " and exists (select t.id from Post q join q.tags t where q = p and t.id = :tag)",
                    Map.of("tag", tag.tagId()),
                    List.of("from Post p join p.tags t where t.id = :tag" + visible));
            case PostFilter.AboutPerson about -> new Where(
                    " and (exists (select c.id from Credit c where c.post = p and c.person.id = :person)"
                            + " or exists (select t.id from Post q join q.tags t where q = p and t.person.id = :person))",
                    Map.of("person", about.personId()),
                    List.of("from Credit c join c.post p where c.person.id = :person" + visible,
                            "from Post p join p.tags t where t.person.id = :person" + visible));
            // The author leads the order too, though it is one: H2 reads an index in order only when
            // the ORDER BY names its columns from the first (at 100,000 posts: 10 rows read, not 33,000).
            case PostFilter.ByAuthor by -> new Where(" and p.authorId = :account", Map.of("account", by.accountId()), List.of(),
                    "p.authorId, p.publishedAt desc, p.id desc");
            case PostFilter.PublishedBetween between -> new Where(" and p.publishedAt >= :from and p.publishedAt < :until",
                    Map.of("from", between.from(), "until", between.until()), List.of());
            case PostFilter.Matching matching -> throw new IllegalArgumentException("searches go to the index");
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Where where, Instant now) {
        query.setParameter("hidden", SiteQueries.HIDDEN).setParameter("now", now);
        where.params.forEach(query::setParameter);
        return query;
    }

    /** {@code term} for a LIKE pattern with {@code escape '\\'}: its own % and _ match themselves. */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
