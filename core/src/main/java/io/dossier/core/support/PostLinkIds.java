package io.dossier.core.support;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of what posts are filed under and about, by post id, one statement per kind for any
 * number of posts: for the page cache's list memberships and the search index's related-post fields.
 */
public final class PostLinkIds {

    private final EntityManager em;

    public PostLinkIds(EntityManager em) {
        this.em = em;
    }

    public Map<Long, List<Long>> categories(Collection<Long> postIds) {
        return pairs(
                "select new io.dossier.core.support.IdPair(p.id, c.id) from Post p join p.categories c where p.id in :ids",
                postIds);
    }

    public Map<Long, List<Long>> tags(Collection<Long> postIds) {
        return pairs(
                "select new io.dossier.core.support.IdPair(p.id, t.id) from Post p join p.tags t where p.id in :ids",
                postIds);
    }

    /** The people each post is about: credited in its byline, or named by one of its tags. */
    public Map<Long, List<Long>> people(Collection<Long> postIds) {
        Map<Long, List<Long>> people = pairs(
                "select new io.dossier.core.support.IdPair(c.post.id, c.person.id) from Credit c where c.post.id in :ids",
                postIds);
        pairs(
                        "select new io.dossier.core.support.IdPair(p.id, t.person.id) from Post p join p.tags t where p.id in :ids and t.person is not null",
                        postIds)
                .forEach((post, persons) ->
                        people.computeIfAbsent(post, k -> new ArrayList<>()).addAll(persons));
        return people;
    }

    private Map<Long, List<Long>> pairs(String jpql, Collection<Long> postIds) {
        Map<Long, List<Long>> pairs = new HashMap<>();
        for (IdPair r :
                em.createQuery(jpql, IdPair.class).setParameter("ids", postIds).getResultList()) {
            pairs.computeIfAbsent(r.first(), k -> new ArrayList<>()).add(r.second());
        }
        return pairs;
    }
}
