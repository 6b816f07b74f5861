package io.dossier.core.search;

import io.dossier.core.support.PostLinkIds;
import io.dossier.core.text.Excerpts;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads what the search index keeps from the database: public and scheduled posts, as plain text, with their tags and people. */
@ApplicationScoped
public class SearchDocuments {

    private static final Set<ContentStatus> PUBLIC = ContentStatus.PUBLIC;
    private static final int SLICE = 500;

    private EntityManager em;

    protected SearchDocuments() {}

    @Inject
    public SearchDocuments(EntityManager em) {
        this.em = em;
    }

    /** Those of {@code ids} that belong in the index; the others are to be removed from it. */
    public List<IndexedPost> of(Collection<Long> ids) {
        List<IndexedPost> posts = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += SLICE) {
            posts.addAll(read(" and p.id in :ids", all.subList(from, Math.min(all.size(), from + SLICE)), 0));
        }
        return posts;
    }

    /** Every post that belongs in the index, slice by slice (ordered by id, so memory holds one slice). */
    public void all(Consumer<List<IndexedPost>> sink) {
        long after = 0;
        while (true) {
            List<IndexedPost> slice = read(" and p.id > :after order by p.id", null, after);
            if (slice.isEmpty()) {
                return;
            }
            sink.accept(slice);
            after = slice.getLast().id();
        }
    }

    /** How many posts belong in the index: to tell whether it is complete. */
    public long count() {
        return em.createQuery(
                        "select count(p) from Post p where p.status in :public and p.publishedAt is not null",
                        Long.class)
                .setParameter("public", PUBLIC)
                .getSingleResult();
    }

    private List<IndexedPost> read(String condition, List<Long> ids, long after) {
        var query = em.createQuery(
                        "select new io.dossier.core.search.PostText(p.id, p.title, p.body, p.publishedAt) from Post p"
                                + " where p.status in :public and p.publishedAt is not null" + condition,
                        PostText.class)
                .setParameter("public", PUBLIC);
        if (ids != null) {
            query.setParameter("ids", ids);
        } else {
            query.setParameter("after", after).setMaxResults(SLICE);
        }
        List<PostText> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> read = rows.stream().map(PostText::id).toList();
        PostLinkIds links = new PostLinkIds(em);
        Map<Long, List<Long>> tags = links.tags(read);
        Map<Long, List<Long>> people = links.people(read);
        return rows.stream()
                .map(r -> new IndexedPost(
                        r.id(),
                        r.title(),
                        Excerpts.plainText(r.body()),
                        r.publishedAt(),
                        tags.getOrDefault(r.id(), List.of()),
                        people.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The posts carrying tag {@code tagId}: to index again when what the tag stands for changes. */
    public List<Long> withTag(long tagId) {
        return em.createQuery("select p.id from Post p join p.tags t where t.id = :tag", Long.class)
                .setParameter("tag", tagId)
                .getResultList();
    }
}
