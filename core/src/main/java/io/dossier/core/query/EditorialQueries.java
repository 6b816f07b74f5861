package io.dossier.core.query;

import io.dossier.core.model.ContentStatus;
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

    protected EditorialQueries() {
    }

    @Inject
    public EditorialQueries(EntityManager em) {
        this.em = em;
    }

    public long count(PostRowFilter filter) {
        Where where = where(filter);
        return bind(em.createQuery("select count(p) from Post p join p.author a where " + where.clause, Long.class), where)
                .getSingleResult();
    }

    /** Rows {@code first}..{@code first+size} sorted by {@code sort} (a column name; unknown names sort by last change). */
    public List<PostRow> rows(PostRowFilter filter, String sort, boolean ascending, int first, int size) {
        Where where = where(filter);
        String order = SORTS.getOrDefault(sort, "p.updatedAt") + (ascending ? " asc" : " desc") + ", p.id desc";
        List<Object[]> result = bind(em.createQuery("""
                select p.id, p.title, p.status, p.publishedAt, p.updatedAt, a.id, a.displayName
                from Post p join p.author a""" + " where " + where.clause + " order by " + order, Object[].class), where)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (result.isEmpty()) {
            return List.of();
        }
        Map<Long, String> categories = categoryNames(result.stream().map(r -> (Long) r[0]).toList());
        List<PostRow> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new PostRow((Long) r[0], (String) r[1], (ContentStatus) r[2], (Instant) r[3], (Instant) r[4],
                    (Long) r[5], (String) r[6], categories.getOrDefault((Long) r[0], "")));
        }
        return rows;
    }

    /** How many posts are in each status (all authors, or one author when {@code authorId} is set). */
    public Map<ContentStatus, Long> countsByStatus(Long authorId) {
        Map<ContentStatus, Long> counts = new EnumMap<>(ContentStatus.class);
        for (ContentStatus s : ContentStatus.values()) {
            counts.put(s, 0L);
        }
        // No ":author is null or ..." trick: PostgreSQL cannot type a null parameter.
        TypedQuery<Object[]> query = em.createQuery("select p.status, count(p) from Post p"
                + (authorId == null ? "" : " where p.author.id = :author") + " group by p.status", Object[].class);
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        query.getResultList().forEach(r -> counts.put((ContentStatus) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * Posts published per month over the {@code months} months up to the latest publication
     * (a quiet site still sees its last active year), oldest first ("2026-03" → 4).
     */
    public Map<String, Long> publishedPerMonth(int months, Instant now) {
        Map<String, Long> perMonth = new LinkedHashMap<>();
        Instant latest = em.createQuery("select max(p.publishedAt) from Post p where p.status = :published"
                        + " and p.publishedAt <= :now", Instant.class)
                .setParameter("published", ContentStatus.PUBLISHED).setParameter("now", now).getSingleResult();
        if (latest == null) {
            return perMonth;
        }
        YearMonth last = YearMonth.from(latest.atZone(ZoneOffset.UTC));
        YearMonth first = last.minusMonths(months - 1L);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), 0L);
        }
        em.createQuery("select p.publishedAt from Post p where p.status = :published and p.publishedAt >= :since"
                        + " and p.publishedAt <= :latest", Instant.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("since", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("latest", latest)
                .getResultList()
                .forEach(t -> perMonth.merge(YearMonth.from(t.atZone(ZoneOffset.UTC)).toString(), 1L, Long::sum));
        return perMonth;
    }

    /** Categories to file a post under, by name. */
    public List<Choice> categories() {
        return choices("select c.id, c.name from Category c order by lower(c.name)");
    }

    /** People and organisations for the byline, by name. */
    public List<Choice> people() {
        return choices("select p.id, p.name from Person p order by lower(p.name)");
    }

    /** Accounts, for the author filter. */
    public List<Choice> accounts() {
        return choices("select u.id, u.displayName from UserAccount u order by lower(u.displayName)");
    }

    /** Up to {@code limit} tag names starting with {@code prefix} (case-insensitive), for autocompletion. */
    public List<String> tagNames(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.strip().toLowerCase().replace("%", "").replace("_", "");
        return em.createQuery("select t.name from Tag t where lower(t.name) like :p order by lower(t.name)", String.class)
                .setParameter("p", p + "%").setMaxResults(limit).getResultList();
    }

    private List<Choice> choices(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList().stream()
                .map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    private Map<Long, String> categoryNames(List<Long> postIds) {
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("select p.id, c.name from Post p join p.categories c where p.id in :ids order by c.name", Object[].class)
                .setParameter("ids", postIds).getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    private record Where(String clause, Map<String, Object> parameters) {
    }

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
            parameters.put("text", "%" + f.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        return new Where(clause.toString(), parameters);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Where where) {
        where.parameters().forEach(query::setParameter);
        return query;
    }
}
