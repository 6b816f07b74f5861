package io.dossier.core.service;

import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.Actor;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.vocabulary.ContentStatus;
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
        Object[] post = em.createQuery("select p.author.id, p.status from Post p where p.id = :id", Object[].class)
                .setParameter("id", postId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Post " + postId + " does not exist"));
        long authorId = (Long) post[0];
        if (authorId != actor.accountId() && !PostEditing.mayEdit(actor, authorId, (ContentStatus) post[1])) {
            throw new AccessDeniedException(
                    "Your role (" + actor.role().name().toLowerCase() + ") may not preview other people's posts");
        }
        return queries.anyStatusById(postId)
                .orElseThrow(() -> new NotFoundException("Post " + postId + " does not exist"));
    }
}
