package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the back office lists: posts in every status, paged, sorted and filtered in the
 * database; counts for the dashboard. Projections only; two queries per page of rows plus one
 * for their categories.
 */
@ApplicationScoped
public class EditorialQueries {

    /** Sortable columns: what the table calls them, what JPQL orders by. */
    private static final Map<String, String> SORTS = Map.of(
            "title", "p.title",
            "status", "p.status",
            "publishedAt", "p.publishedAt",
            "updatedAt", "p.updatedAt",
            "authorName", "a.displayName");

    private EntityManager em;

    protected EditorialQueries() {}

    @Inject
    public EditorialQueries(EntityManager em) {
        this.em = em;
    }

    public long count(PostRowFilter filter) {
        Where where = where(filter);
        return bind(
                        em.createQuery("select count(p) from Post p join p.author a where " + where.clause, Long.class),
                        where)
                .getSingleResult();
    }

    /** Rows {@code first}..{@code first+size} sorted by {@code sort} (a column name; unknown names sort by last change). */
    public List<PostRow> rows(PostRowFilter filter, String sort, boolean ascending, int first, int size) {
        Where where = where(filter);
        String order = SORTS.getOrDefault(sort, "p.updatedAt") + (ascending ? " asc" : " desc") + ", p.id desc";
        List<PostRow> result = bind(
                        em.createQuery("""
                select new io.dossier.core.query.PostRow(
                    p.id, p.title, p.status, p.publishedAt, p.updatedAt, a.id, a.displayName, '')
                from Post p join p.author a""" + " where " + where.clause + " order by " + order, PostRow.class), where)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        if (result.isEmpty()) {
            return List.of();
        }
        Map<Long, String> categories =
                categoryNames(result.stream().map(PostRow::id).toList());
        return result.stream()
                .map(r -> r.filedUnder(categories.getOrDefault(r.id(), "")))
                .toList();
    }

    /** How many posts are in each status (all authors, or one author when {@code authorId} is set). */
    public Map<ContentStatus, Long> countsByStatus(Long authorId) {
        Map<ContentStatus, Long> counts = new EnumMap<>(ContentStatus.class);
        for (ContentStatus s : ContentStatus.values()) {
            counts.put(s, 0L);
        }
        // No ":author is null or ..." trick: PostgreSQL cannot type a null parameter.
        TypedQuery<StatusCount> query = em.createQuery(
                "select new io.dossier.core.query.StatusCount(p.status, count(p)) from Post p"
                        + (authorId == null ? "" : " where p.author.id = :author")
                        + " group by p.status",
                StatusCount.class);
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        query.getResultList().forEach(r -> counts.put(r.status(), r.count()));
        return counts;
    }

    /**
     * Posts published per month over the {@code months} months up to the latest publication
     * (a quiet site still sees its last active year), oldest first ("2026-03" → 4).
     */
    public Map<String, Long> publishedPerMonth(int months, Instant now) {
        Map<String, Long> perMonth = new LinkedHashMap<>();
        Instant latest = em.createQuery(
                        "select max(p.publishedAt) from Post p where p.status = :published"
                                + " and p.publishedAt <= :now",
                        Instant.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
        if (latest == null) {
            return perMonth;
        }
        YearMonth last = YearMonth.from(latest.atZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(months - 1L);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), 0L);
        }
        em.createQuery(
                        "select p.publishedAt from Post p where p.status = :published and p.publishedAt >= :since"
                                + " and p.publishedAt <= :latest",
                        Instant.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter(
                        "since", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("latest", latest)
                .getResultList()
                .forEach(t ->
                        perMonth.merge(YearMonth.from(t.atZone(ZoneOffset.UTC)).toString(), 1L, Long::sum));
        return perMonth;
    }

    /** Every category with its post count, in tree order (parents before their children, by name). */
    public List<CategoryRow> categoryRows() {
        List<CategoryRow> rows = em.createQuery(
                        "select new io.dossier.core.query.CategoryRow(c.id, c.name, c.slug, par.id, c.name, c.description,"
                                + " (select count(p) from Post p join p.categories pc where pc = c and p.status <> :trashed))"
                                + " from Category c left join c.parent par",
                        CategoryRow.class)
                .setParameter("trashed", ContentStatus.TRASHED)
                .getResultList();
        Map<Long, List<CategoryRow>> children = new HashMap<>();
        for (CategoryRow r : rows) {
            children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
        }
        List<CategoryRow> ordered = new ArrayList<>();
        addChildren(null, "", children, ordered);
        return ordered;
    }

    private static void addChildren(
            Long parentId, String prefix, Map<Long, List<CategoryRow>> children, List<CategoryRow> out) {
        List<CategoryRow> mine = new ArrayList<>(children.getOrDefault(parentId, List.of()));
        mine.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        for (CategoryRow r : mine) {
            CategoryRow placed = r.under(prefix);
            out.add(placed);
            addChildren(r.id(), placed.path() + " › ", children, out);
        }
    }

    public long tagCount(String text) {
        return em.createQuery("select count(t) from Tag t where lower(t.name) like :text", Long.class)
                .setParameter("text", like(text))
                .getSingleResult();
    }

    /** A page of tags whose name contains {@code text}, by name or by number of posts. */
    public List<TagRow> tagRows(String text, boolean byPosts, int first, int size) {
        return em.createQuery(
                        "select new io.dossier.core.query.TagRow(t.id, t.name, t.slug, t.description,"
                                + " (select count(p) from Post p join p.tags pt where pt = t and p.status <> :trashed),"
                                + " pe.name) from Tag t left join t.person pe where lower(t.name) like :text order by "
                                + (byPosts
                                        ? "(select count(q) from Post q join q.tags qt where qt = t and q.status <> :trashed)"
                                                + " desc, lower(t.name)"
                                        : "lower(t.name)"),
                        TagRow.class)
                .setParameter("trashed", ContentStatus.TRASHED)
                .setParameter("text", like(text))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** A LIKE pattern for values that contain {@code text}, case-insensitively (values compared lower-cased). */
    private static String like(String text) {
        return "%" + plain(text) + "%";
    }

    /** What the user typed, lower-cased and without LIKE wildcards: a typed % or _ cannot make it match everything. */
    private static String plain(String text) {
        return text == null ? "" : text.strip().toLowerCase().replace("%", "").replace("_", "");
    }

    /** Every person and organisation, by name, with how often they are credited and tagged. */
    public List<ProfileRow> profileRows() {
        return em.createQuery(
                        "select new io.dossier.core.query.ProfileRow(p.id, p.name, p.slug, p.kind, p.roleTitle,"
                                + " (select count(c) from Credit c where c.person = p),"
                                + " (select count(t) from Tag t where t.person = p))"
                                + " from Person p order by lower(p.name)",
                        ProfileRow.class)
                .getResultList();
    }

    /** The newest posts (any status but trashed) that credit the profile or carry a tag naming it. */
    public List<Choice> postsAbout(long personId, int limit) {
        return em.createQuery(
                        "select new io.dossier.core.query.Choice(p.id, p.title) from Post p where p.status <> :trashed and ("
                                + " exists (select 1 from Credit c where c.post = p and c.person.id = :person)"
                                + " or exists (select 1 from Post q join q.tags t where q = p and t.person.id = :person))"
                                + " order by p.publishedAt desc, p.id desc",
                        Choice.class)
                .setParameter("trashed", ContentStatus.TRASHED)
                .setParameter("person", personId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every page except trashed ones, parents' children in menu order (for the page tree). */
    public List<PageRow> pageRows() {
        return em.createQuery(
                        "select new io.dossier.core.query.PageRow(p.id, p.title, par.id, p.status, p.path)"
                                + " from Page p left join p.parent par"
                                + " where p.status <> :trashed order by p.menuOrder, lower(p.title)",
                        PageRow.class)
                .setParameter("trashed", ContentStatus.TRASHED)
                .getResultList();
    }

    /** Categories to file a post under, by name. */
    public List<Choice> categories() {
        return choices("select new io.dossier.core.query.Choice(c.id, c.name) from Category c order by lower(c.name)");
    }

    /** People and organisations for the byline, by name. */
    public List<Choice> people() {
        return choices("select new io.dossier.core.query.Choice(p.id, p.name) from Person p order by lower(p.name)");
    }

    /** Accounts, for the author filter. */
    public List<Choice> accounts() {
        return choices(
                "select new io.dossier.core.query.Choice(u.id, u.displayName) from UserAccount u order by lower(u.displayName)");
    }

    /** Up to {@code limit} tag names starting with {@code prefix} (case-insensitive), for autocompletion. */
    public List<String> tagNames(String prefix, int limit) {
        return em.createQuery(
                        "select t.name from Tag t where lower(t.name) like :p order by lower(t.name)", String.class)
                .setParameter("p", plain(prefix) + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The latest saves of posts, newest first (autosaves left out); with {@code authorId}, only of
     * that account's posts. Trashed posts are left out.
     */
    public List<ActivityRow> recentActivity(Long authorId, int limit) {
        TypedQuery<ActivityRow> query = em.createQuery(
                        "select new io.dossier.core.query.ActivityRow(p.id, p.title, a.displayName, r.updatedAt, p.status)"
                                + " from PostRevision r join r.post p left join r.author a"
                                + " where r.autosave = false and p.status <> :trashed"
                                + (authorId == null ? "" : " and p.author.id = :author")
                                + " order by r.updatedAt desc, r.id desc",
                        ActivityRow.class)
                .setParameter("trashed", ContentStatus.TRASHED);
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The tag with this name (case-insensitive), if there is one. */
    public Optional<Choice> tagNamed(String name) {
        return em.createQuery(
                        "select new io.dossier.core.query.Choice(t.id, t.name) from Tag t where lower(t.name) = :n",
                        Choice.class)
                .setParameter("n", name == null ? "" : name.strip().toLowerCase())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<Choice> choices(String jpql) {
        return em.createQuery(jpql, Choice.class).getResultList();
    }

    private Map<Long, String> categoryNames(List<Long> postIds) {
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery(
                        "select new io.dossier.core.query.Choice(p.id, c.name) from Post p join p.categories c"
                                + " where p.id in :ids order by c.name",
                        Choice.class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(r ->
                        names.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r.label()));
        return names.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    private record Where(String clause, Map<String, Object> parameters) {}

    private static Where where(PostRowFilter f) {
        StringBuilder clause = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (f.status() == null) {
            clause.append("p.status <> :trashed");
            parameters.put("trashed", ContentStatus.TRASHED);
        } else {
            clause.append("p.status = :status");
            parameters.put("status", f.status());
        }
        if (f.authorId() != null) {
            clause.append(" and a.id = :author");
            parameters.put("author", f.authorId());
        }
        if (f.categoryId() != null) {
            clause.append(" and exists (select 1 from Post q join q.categories c where q = p and c.id = :category)");
            parameters.put("category", f.categoryId());
        }
        if (f.tagId() != null) {
            clause.append(" and exists (select 1 from Post q join q.tags t where q = p and t.id = :tag)");
            parameters.put("tag", f.tagId());
        }
        if (f.text() != null && !f.text().isBlank()) {
            clause.append(" and lower(p.title) like :text");
            parameters.put("text", like(f.text()));
        }
        return new Where(clause.toString(), parameters);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Where where) {
        where.parameters().forEach(query::setParameter);
        return query;
    }
}
