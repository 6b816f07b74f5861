package io.dossier.admin.view.menus;

import io.dossier.admin.view.Feedback;
import io.dossier.admin.view.Trees;
import io.dossier.core.query.Choice;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.MenuItemRow;
import io.dossier.core.query.MenuRows;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.MenuEntry;
import io.dossier.core.service.MenuService;
import io.dossier.core.vocabulary.MenuItemKind;
import io.dossier.core.vocabulary.MenuLocations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.TreeNode;

/**
 * The menu builder, as in WordPress: add pages, categories, tags, people and links on the left,
 * drag items in the tree to reorder or nest them, edit an item's label (or a link's address), remove it.
 */
@Named("menuBuilder")
@ViewScoped
public class MenuBuilderBacking implements Serializable {

    private static final int SUGGESTIONS = 10;

    @Inject
    MenuService menus;

    @Inject
    MenuRows menuRows;

    @Inject
    EditorialQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private TreeNode<MenuItemRow> root;
    private List<Choice> pages;
    private List<Choice> categories;
    private List<Choice> people;
    private Long pageId;
    private Long categoryId;
    private Long personId;
    private String tagName;
    private String linkLabel;
    private String linkUrl;
    private MenuItemRow editing;
    private String label;
    private String url;

    /** f:viewAction */
    public void load() {
        if (!feedback.permits(Capability.EDIT_THEME_OPTIONS, "edit menus")) {
            return;
        }
        root = Trees.of(menuRows.at(MenuLocations.PRIMARY), MenuItemRow::id, MenuItemRow::parentId);
        if (pages == null) {
            pages = queries.pageRows().stream()
                    .map(p -> new Choice(p.id(), p.title()))
                    .toList();
            categories = queries.categories();
            people = queries.people();
        }
    }

    public void addPage() {
        add("addPage", MenuItemKind.PAGE, pageId, null, null);
    }

    public void addCategory() {
        add("addCategory", MenuItemKind.CATEGORY, categoryId, null, null);
    }

    public void addPerson() {
        add("addPerson", MenuItemKind.PERSON, personId, null, null);
    }

    public void addTag() {
        Long id = queries.tagNamed(tagName).map(Choice::id).orElse(null);
        add("addTag", MenuItemKind.TAG, id, null, null);
    }

    public void addLink() {
        add("addLink", MenuItemKind.URL, null, linkLabel, linkUrl);
    }

    /** Adds the chosen item; a refusal shows beside the field in the form {@code formId}. */
    private void add(String formId, MenuItemKind kind, Long targetId, String itemLabel, String itemUrl) {
        if (feedback.submit(
                formId,
                () -> menus.add(
                        user.require(),
                        MenuLocations.PRIMARY,
                        new MenuEntry(kind, targetId, itemLabel, itemUrl, List.of())))) {
            feedback.info("Added to the menu. Drag it where it belongs.");
            pageId = categoryId = personId = null;
            tagName = linkLabel = linkUrl = null;
            load();
        }
    }

    public List<String> completeTag(String typed) {
        return queries.tagNames(typed, SUGGESTIONS);
    }

    /** An item was dropped: store its new parent and position (the tree has already moved it). */
    @SuppressWarnings("unchecked")
    public void dropped(TreeDragDropEvent event) {
        MenuItemRow item = ((TreeNode<MenuItemRow>) event.getDragNode()).getData();
        MenuItemRow parent =
                event.getDropNode() == null ? null : ((TreeNode<MenuItemRow>) event.getDropNode()).getData();
        if (feedback.attempt(
                item.shownLabel(),
                () -> menus.arrange(
                        user.require(), item.id(), parent == null ? null : parent.id(), event.getDropIndex()))) {
            feedback.info(item.shownLabel()
                    + (parent == null ? " is now a top-level item." : " is now under " + parent.shownLabel() + "."));
        }
        load();
    }

    public void edit(MenuItemRow row) {
        editing = row;
        label = row.label();
        url = row.kind() == MenuItemKind.URL ? row.target() : null;
    }

    public void cancel() {
        editing = null;
        label = url = null;
    }

    public void save() {
        if (feedback.submit("item", () -> menus.edit(user.require(), editing.id(), label, url))) {
            feedback.info("Menu item saved.");
            cancel();
            load();
        }
    }

    public void remove(MenuItemRow row) {
        if (feedback.attempt(row.shownLabel(), () -> menus.remove(user.require(), row.id()))) {
            feedback.info(row.shownLabel() + " removed from the menu; its sub-items took its place.");
            if (editing != null && editing.id() == row.id()) {
                cancel();
            }
        }
        load();
    }

    public TreeNode<MenuItemRow> getRoot() {
        return root;
    }

    public List<Choice> getPages() {
        return pages;
    }

    public List<Choice> getCategories() {
        return categories;
    }

    public List<Choice> getPeople() {
        return people;
    }

    public Long getPageId() {
        return pageId;
    }

    public void setPageId(Long pageId) {
        this.pageId = pageId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getTagName() {
        return tagName;
    }

    public void setTagName(String tagName) {
        this.tagName = tagName;
    }

    public String getLinkLabel() {
        return linkLabel;
    }

    public void setLinkLabel(String linkLabel) {
        this.linkLabel = linkLabel;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public MenuItemRow getEditing() {
        return editing;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
