package io.dossier.admin.view.posts;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.Choice;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.PostRow;
import io.dossier.core.query.PostRowFilter;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PostEditing;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The post table: status tabs with counts, filters, lazy paging and sorting, bulk actions. */
@Named("posts")
@ViewScoped
public class PostsBacking implements Serializable {

    @Inject
    EditorialQueries queries;

    @Inject
    PostEditing editing;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private ContentStatus status;
    private Long authorId;
    private Long categoryId;
    private String text;
    /** A tag name (?tag= from the tag screen, or typed); an unknown name matches no post. */
    private String tag;

    private List<PostRow> selected = new ArrayList<>();
    private String bulkAction;
    private PostRows rows;
    /** Posts per status for the tabs: one grouped query per view (again after a bulk action), not one per tab. */
    private Map<ContentStatus, Long> counts;

    @PostConstruct
    void init() {
        rows = new PostRows(queries);
    }

    /** Runs after the view parameters are set (f:viewAction) and when the filters change. */
    public void applyFilters() {
        Long tagId = null;
        if (tag != null && !tag.isBlank()) {
            tagId = queries.tagNamed(tag).map(Choice::id).orElse(-1L);
        }
        rows.filter(new PostRowFilter(status, authorId, categoryId, tagId, text));
    }

    public List<String> completeTag(String typed) {
        return queries.tagNames(typed, 10);
    }

    public Map<ContentStatus, Long> getCounts() {
        if (counts == null) {
            counts = queries.countsByStatus(null);
        }
        return counts;
    }

    public List<ContentStatus> getStatuses() {
        return List.of(ContentStatus.values());
    }

    public List<Choice> getAuthors() {
        return queries.accounts();
    }

    public List<Choice> getCategories() {
        return queries.categories();
    }

    public boolean mayEdit(PostRow row) {
        return user.actor()
                .map(a -> PostEditing.mayEdit(a, row.authorId(), row.status()))
                .orElse(false);
    }

    /** Applies the chosen bulk action to the selected rows, each on its own; failures are reported by title. */
    public void applyBulkAction() {
        if (bulkAction == null || selected.isEmpty()) {
            feedback.error("Choose an action and at least one post.");
            return;
        }
        int done = 0;
        for (PostRow row : selected) {
            boolean ok = feedback.attempt(row.title(), () -> {
                switch (bulkAction) {
                    case "trash" -> editing.trash(user.require(), row.id());
                    case "restore" -> editing.restore(user.require(), row.id());
                    case "delete" -> editing.deletePermanently(user.require(), row.id());
                    default -> throw new IllegalArgumentException("Unknown action " + bulkAction);
                }
            });
            done += ok ? 1 : 0;
        }
        if (done > 0) {
            feedback.info(done
                    + (done == 1 ? " post " : " posts ")
                    + switch (bulkAction) {
                        case "trash" -> "moved to the trash.";
                        case "delete" -> "deleted permanently.";
                        default -> "restored.";
                    });
        }
        selected = new ArrayList<>();
        counts = null;
    }

    public PostRows getRows() {
        return rows;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<PostRow> getSelected() {
        return selected;
    }

    public void setSelected(List<PostRow> selected) {
        this.selected = selected;
    }

    public String getBulkAction() {
        return bulkAction;
    }

    public void setBulkAction(String bulkAction) {
        this.bulkAction = bulkAction;
    }
}
