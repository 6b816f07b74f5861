package io.dossier.core.cache;

import io.dossier.core.support.PostLinkIds;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads which lists public posts are in, for the page cache: all of them once (in slices by id,
 * so memory holds one slice of rows), then the few an edit touched. Five statements per slice.
 */
@ApplicationScoped
public class MembershipQueries {

    private static final Set<ContentStatus> PUBLIC = ContentStatus.PUBLIC;
    private static final String VISIBLE = "p.status in :public and p.publishedAt <= :now";
    /** Ids per slice: H2 keeps to the primary keys for an IN list this long; at thousands it plans a scan. */
    private static final int SLICE = 500;

    private EntityManager em;

    protected MembershipQueries() {}

    @Inject
    public MembershipQueries(EntityManager em) {
        this.em = em;
    }

    /** Every public post's membership, handed to {@code sink} slice by slice. */
    public void all(Consumer<PostMembership> sink) {
        Instant now = Instant.now();
        long after = 0;
        while (true) {
            List<PostStamp> rows = em.createQuery(
                            "select new io.dossier.core.cache.PostStamp(p.id, p.publishedAt, p.authorId) from Post p where "
                                    + VISIBLE + " and p.id > :after order by p.id",
                            PostStamp.class)
                    .setParameter("public", PUBLIC)
                    .setParameter("now", now)
                    .setParameter("after", after)
                    .setMaxResults(SLICE)
                    .getResultList();
            if (rows.isEmpty()) {
                return;
            }
            memberships(rows).values().forEach(sink);
            after = rows.getLast().id();
        }
    }

    /** The memberships of those of {@code ids} that are public now; the others are absent. */
    public Map<Long, PostMembership> of(Collection<Long> ids) {
        Map<Long, PostMembership> result = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            List<PostStamp> rows = em.createQuery(
                            "select new io.dossier.core.cache.PostStamp(p.id, p.publishedAt, p.authorId) from Post p where "
                                    + VISIBLE + " and p.id in :ids",
                            PostStamp.class)
                    .setParameter("public", PUBLIC)
                    .setParameter("now", Instant.now())
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + SLICE)))
                    .getResultList();
            if (!rows.isEmpty()) {
                result.putAll(memberships(rows));
            }
        }
        return result;
    }

    /** Public posts whose time came in (from, until]: scheduled posts that appeared on their own. */
    public List<Long> appeared(Instant from, Instant until) {
        return em.createQuery(
                        "select p.id from Post p where p.status in :public and p.publishedAt > :from"
                                + " and p.publishedAt <= :until",
                        Long.class)
                .setParameter("public", PUBLIC)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    /** When the next scheduled post appears, if one is waiting: the page cache and ListMemo expire then. */
    public Optional<Instant> nextAppearance(Instant now) {
        return Optional.ofNullable(em.createQuery(
                        "select min(p.publishedAt) from Post p where p.status in :public" + " and p.publishedAt > :now",
                        Instant.class)
                .setParameter("public", PUBLIC)
                .setParameter("now", now)
                .getSingleResult());
    }

    /** Whether a menu links to the term or profile, whose name then shows on every page. */
    public boolean inMenu(MenuItemKind kind, long id) {
        return em.createQuery("select count(i) from MenuItem i where i.kind = :kind and i.targetId = :id", Long.class)
                        .setParameter("kind", kind)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    private Map<Long, PostMembership> memberships(List<PostStamp> posts) {
        List<Long> ids = posts.stream().map(PostStamp::id).toList();
        PostLinkIds links = new PostLinkIds(em);
        Map<Long, List<Long>> categories = links.categories(ids);
        Map<Long, List<Long>> tags = links.tags(ids);
        Map<Long, List<Long>> people = links.people(ids);
        Map<Long, PostMembership> result = new LinkedHashMap<>();
        for (PostStamp r : posts) {
            long id = r.id();
            result.put(
                    id,
                    new PostMembership(
                            id,
                            r.publishedAt(),
                            r.authorId(),
                            array(categories.get(id)),
                            array(tags.get(id)),
                            array(people.get(id))));
        }
        return result;
    }

    private static long[] array(List<Long> ids) {
        return ids == null
                ? new long[0]
                : ids.stream().mapToLong(Long::longValue).distinct().toArray();
    }
}
