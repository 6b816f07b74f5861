package io.dossier.admin.view.taxonomy;

import io.dossier.admin.view.Feedback;
import io.dossier.core.query.CategoryRow;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.TaxonomyService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Categories: the tree with post counts, a form to add or edit one (name, parent, description), delete. */
@Named("categories")
@ViewScoped
public class CategoriesBacking implements Serializable {

    @Inject
    TaxonomyService taxonomy;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<CategoryRow> rows;
    private Long editing;
    private String name;
    private Long parentId;
    private String description;

    /** f:viewAction */
    public void load() {
        if (feedback.permits(Capability.MANAGE_TAXONOMY, "manage categories")) {
            rows = queries.categoryRows();
        }
    }

    public void edit(CategoryRow row) {
        editing = row.id();
        name = row.name();
        parentId = row.parentId();
        description = row.description();
    }

    public void cancel() {
        editing = null;
        name = description = null;
        parentId = null;
    }

    public void save() {
        boolean added = editing == null;
        if (feedback.submit("category", () -> {
            if (added) {
                taxonomy.createCategory(user.require(), name, parentId, description);
            } else {
                taxonomy.updateCategory(user.require(), editing, name, parentId, description);
            }
        })) {
            feedback.info("Category " + name.strip() + (added ? " added." : " saved."));
            cancel();
            load();
        }
    }

    public void delete(CategoryRow row) {
        if (feedback.attempt(row.name(), () -> taxonomy.deleteCategory(user.require(), row.id()))) {
            feedback.info("Category " + row.name() + " deleted; its posts keep their other categories.");
        }
        load();
    }

    public List<CategoryRow> getRows() {
        return rows;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
