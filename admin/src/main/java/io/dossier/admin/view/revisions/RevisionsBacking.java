package io.dossier.admin.view.revisions;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Navigation;
import io.dossier.core.query.RevisionRow;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PostRevisions;
import io.dossier.core.service.RevisionComparison;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A post's revisions, as in WordPress: the list of saves (and the user's autosave), the chosen one
 * compared line by line with the save before it, and a button to restore it.
 */
@Named("revisions")
@ViewScoped
public class RevisionsBacking implements Serializable {

    @Inject
    PostRevisions service;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    /** ?post= */
    private Long postId;
    /** ?revision=: the one to show first (default: the newest). */
    private Long revisionId;

    private List<RevisionRow> rows;
    private RevisionComparison comparison;

    /** f:viewAction */
    public void load() {
        if (postId == null) {
            feedback.error("Open revisions from a post.");
            return;
        }
        if (!feedback.attempt(null, () -> rows = service.list(user.require(), postId))) {
            rows = null;
            return;
        }
        RevisionRow shown = rows.stream()
                .filter(r -> revisionId != null && r.id() == revisionId)
                .findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst());
        if (shown != null) {
            show(shown);
        }
    }

    public void show(RevisionRow row) {
        feedback.attempt(null, () -> comparison = service.compare(user.require(), row.id()));
    }

    public void restore() throws IOException {
        RevisionRow restored = comparison.revision();
        if (feedback.attempt(null, () -> service.restore(user.require(), restored.id()))) {
            feedback.info("Restored the " + (restored.autosave() ? "autosave" : "revision") + " titled “"
                    + restored.title() + "”.");
            Navigation.redirectTo("/admin/post?id=" + restored.postId());
        }
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public Long getRevisionId() {
        return revisionId;
    }

    public void setRevisionId(Long revisionId) {
        this.revisionId = revisionId;
    }

    public List<RevisionRow> getRows() {
        return rows;
    }

    public RevisionComparison getComparison() {
        return comparison;
    }
}
