package io.dossier.admin.view.pages;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Trees;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.PageRow;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.PageService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.TreeNode;

/**
 * Pages as a tree: drag a page onto another to make it a sub-page, or between two to reorder;
 * its address and its sub-pages' follow, and the old ones answer 301.
 */
@Named("pageTree")
@ViewScoped
public class PageTreeBacking implements Serializable {

    @Inject
    PageService pages;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private TreeNode<PageRow> root;

    /** f:viewAction */
    public void load() {
        if (!feedback.permits(Capability.EDIT_PAGES, "edit pages")) {
            return;
        }
        root = Trees.of(queries.pageRows(), PageRow::id, PageRow::parentId);
    }

    /** A page was dropped: store its new parent and position (the tree has already moved it). */
    @SuppressWarnings("unchecked")
    public void dropped(TreeDragDropEvent event) {
        PageRow page = ((TreeNode<PageRow>) event.getDragNode()).getData();
        PageRow parent = event.getDropNode() == null ? null : ((TreeNode<PageRow>) event.getDropNode()).getData();
        if (feedback.attempt(
                page.title(),
                () -> pages.arrange(
                        user.require(), page.id(), parent == null ? null : parent.id(), event.getDropIndex()))) {
            feedback.info(page.title()
                    + (parent == null ? " is now a top-level page." : " is now under " + parent.title() + "."));
        }
        load();
    }

    public TreeNode<PageRow> getRoot() {
        return root;
    }
}
