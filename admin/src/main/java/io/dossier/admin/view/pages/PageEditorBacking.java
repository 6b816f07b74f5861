package io.dossier.admin.view.pages;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Navigation;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.PageRow;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PageForm;
import io.dossier.core.service.PageService;
import io.dossier.core.vocabulary.ContentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One page: title, slug, text, parent and status; saving against a newer version is a conflict. */
@Named("pageEditor")
@ViewScoped
public class PageEditorBacking implements Serializable {

    @Inject
    PageService pages;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private Long id;
    private PageForm form;

    /** f:viewAction: the page named by ?id=, or a new one. */
    public void open() {
        if (!feedback.permits(Capability.EDIT_PAGES, "edit pages")) {
            return;
        }
        if (id == null) {
            form = new PageForm();
        } else {
            feedback.attempt(null, () -> form = pages.load(user.require(), id));
        }
    }

    public void save() throws IOException {
        boolean created = form.isNew();
        long[] saved = new long[1];
        if (!feedback.submit("page", () -> saved[0] = pages.save(user.require(), form))) {
            return;
        }
        feedback.info(form.getStatus() == ContentStatus.PUBLISHED ? "Page published." : "Page saved.");
        if (created) {
            Navigation.redirectTo("/admin/page?id=" + saved[0]);
            return;
        }
        form = pages.load(user.require(), saved[0]);
    }

    /** Pages this one may go under: every other page (the service refuses its own sub-pages). */
    public List<PageRow> getParents() {
        return queries.pageRows().stream()
                .filter(p -> form == null || form.getId() == null || p.id() != form.getId())
                .toList();
    }

    public Map<String, ContentStatus> getStatuses() {
        Map<String, ContentStatus> statuses = new LinkedHashMap<>();
        statuses.put("Draft", ContentStatus.DRAFT);
        statuses.put("Published", ContentStatus.PUBLISHED);
        statuses.put("Private", ContentStatus.PRIVATE);
        return statuses;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PageForm getForm() {
        return form;
    }
}
