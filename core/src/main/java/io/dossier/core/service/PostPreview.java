package io.dossier.core.service;

import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.Actor;
import io.dossier.core.support.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A post as readers will see it once published, for those who may edit it (and its own author):
 * drafts, pending, scheduled and private posts included.
 */
@ApplicationScoped
@Transactional
public class PostPreview {

    private EntityManager em;
    private PostQueries queries;

    protected PostPreview() {}

    @Inject
    public PostPreview(EntityManager em, PostQueries queries) {
        this.em = em;
        this.queries = queries;
    }

    public PostDetail of(Actor actor, long postId) {
        Authorship post = em.createQuery(
                        "select new io.dossier.core.service.Authorship(p.author.id, p.status) from Post p where p.id = :id",
                        Authorship.class)
                .setParameter("id", postId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Post " + postId + " does not exist"));
        long authorId = post.authorId();
        if (authorId != actor.accountId() && !PostEditing.mayEdit(actor, authorId, post.status())) {
            throw new AccessDeniedException(
                    "Your role (" + actor.role().name().toLowerCase() + ") may not preview other people's posts");
        }
        return queries.anyStatusById(postId)
                .orElseThrow(() -> new NotFoundException("Post " + postId + " does not exist"));
    }
}
