package io.dossier.core.service;

import io.dossier.core.event.ContentChanged;
import io.dossier.core.model.Post;
import io.dossier.core.model.PostRevision;
import io.dossier.core.model.UserAccount;
import io.dossier.core.query.RevisionRow;
import io.dossier.core.security.Actor;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.text.TextDiff;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A post's history, as in WordPress: every save is a revision (written by {@link PostEditing}),
 * any revision can be compared with the one before it and restored, and each editor's unsaved
 * work is autosaved beside the post without changing it. Whoever may edit the post may do all this.
 */
@ApplicationScoped
@Transactional
public class PostRevisions extends ServiceSupport {

    private static final String ROW = """
            select new io.dossier.core.query.RevisionRow(r.id, r.post.id, r.updatedAt, a.displayName, r.autosave, r.title)
            from PostRevision r left join r.author a""";

    private HtmlPolicy html;

    protected PostRevisions() {}

    @Inject
    public PostRevisions(EntityManager em, Event<ContentChanged> changes, HtmlPolicy html) {
        super(em, changes);
        this.html = html;
    }

    /** Records the post's state after a save by the actor, which also supersedes the actor's autosave. */
    static void record(EntityManager em, Post post, Actor actor) {
        em.createQuery(
                        "delete from PostRevision r where r.post = :post and r.autosave = true and r.author.id = :account")
                .setParameter("post", post)
                .setParameter("account", actor.accountId())
                .executeUpdate();
        em.persist(PostRevision.of(post, em.getReference(UserAccount.class, actor.accountId())));
    }

    /** The revisions of a post, newest first; autosaves included. */
    public List<RevisionRow> list(Actor actor, long postId) {
        PostEditing.checkMayEdit(actor, require(Post.class, postId));
        return em.createQuery(ROW + " where r.post.id = :post order by r.updatedAt desc, r.id desc", RevisionRow.class)
                .setParameter("post", postId)
                .getResultList();
    }

    /** The revision beside the one saved before it. */
    public RevisionComparison compare(Actor actor, long revisionId) {
        PostRevision revision = require(PostRevision.class, revisionId);
        PostEditing.checkMayEdit(actor, revision.getPost());
        Optional<PostRevision> previous = em.createQuery("""
                        select r from PostRevision r where r.post = :post and r.autosave = false and r.id <> :id
                        and (r.updatedAt < :at or (r.updatedAt = :at and r.id < :id))
                        order by r.updatedAt desc, r.id desc""", PostRevision.class)
                .setParameter("post", revision.getPost())
                .setParameter("id", revision.getId())
                .setParameter("at", revision.getUpdatedAt())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        PostRevision before = previous.orElse(null);
        return new RevisionComparison(
                row(revision),
                before == null ? null : row(before),
                TextDiff.lines(before == null ? null : before.getTitle(), revision.getTitle()),
                TextDiff.lines(before == null ? null : before.getExcerpt(), revision.getExcerpt()),
                TextDiff.lines(before == null ? null : before.getBody(), revision.getBody()));
    }

    /** Makes the revision's title, excerpt and text the post's again; the restore is itself a new revision. */
    public void restore(Actor actor, long revisionId) {
        PostRevision revision = require(PostRevision.class, revisionId);
        Post post = revision.getPost();
        PostEditing.checkMayEdit(actor, post);
        post.setTitle(revision.getTitle());
        post.setExcerpt(revision.getExcerpt());
        post.setBody(revision.getBody());
        em.lock(post, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        record(em, post, actor);
        em.flush();
        changed(ContentKind.POST, post.getId());
    }

    /**
     * Keeps the actor's unsaved title, excerpt and text of the post (sanitized, like a save),
     * replacing their previous autosave. The post itself does not change.
     */
    public Instant autosave(Actor actor, long postId, String title, String excerpt, String body) {
        Post post = require(Post.class, postId);
        PostEditing.checkMayEdit(actor, post);
        PostRevision autosave = em.createQuery(
                        "select r from PostRevision r where r.post = :post and r.autosave = true and r.author.id = :account",
                        PostRevision.class)
                .setParameter("post", post)
                .setParameter("account", actor.accountId())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    PostRevision created =
                            PostRevision.autosaveOf(post, em.getReference(UserAccount.class, actor.accountId()));
                    em.persist(created);
                    return created;
                });
        String stripped = title == null ? "" : title.strip();
        autosave.overwrite(stripped.isEmpty() ? post.getTitle() : stripped, blankToNull(excerpt), html.sanitize(body));
        em.flush();
        return autosave.getUpdatedAt();
    }

    /** The actor's autosave of the post if it was made after the post's last save: work the editor has not saved. */
    public Optional<RevisionRow> newerAutosave(Actor actor, long postId) {
        return em.createQuery(
                        ROW + " where r.post.id = :post and r.autosave = true and a.id = :account"
                                + " and r.updatedAt > r.post.updatedAt",
                        RevisionRow.class)
                .setParameter("post", postId)
                .setParameter("account", actor.accountId())
                .getResultStream()
                .findFirst();
    }

    private static RevisionRow row(PostRevision r) {
        return new RevisionRow(
                r.getId(),
                r.getPost().getId(),
                r.getUpdatedAt(),
                r.getAuthor() == null ? null : r.getAuthor().getDisplayName(),
                r.isAutosave(),
                r.getTitle());
    }
}
