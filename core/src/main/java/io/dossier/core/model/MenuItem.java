package io.dossier.core.model;

import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entry of a menu, nested under {@code parent}. It points at a page, category, tag or person
 * by id (so it follows renames) or at a literal URL; a blank label means "use the target's name".
 */
@Entity
@Table(name = "menu_item")
public class MenuItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "menu_id")
    private Menu menu;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private MenuItem parent;

    @Column(nullable = false)
    private int position;

    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MenuItemKind kind;

    @Column(name = "target_id")
    private Long targetId;

    private String url;

    protected MenuItem() {}

    public MenuItem(Menu menu, MenuItem parent, int position, MenuItemKind kind) {
        this.menu = menu;
        this.parent = parent;
        this.position = position;
        this.kind = kind;
    }

    public static MenuItem pointingAt(Menu menu, MenuItem parent, int position, MenuItemKind kind, long targetId) {
        MenuItem item = new MenuItem(menu, parent, position, kind);
        item.targetId = targetId;
        return item;
    }

    public static MenuItem link(Menu menu, MenuItem parent, int position, String label, String url) {
        MenuItem item = new MenuItem(menu, parent, position, MenuItemKind.URL);
        item.label = label;
        item.url = url;
        return item;
    }

    public Menu getMenu() {
        return menu;
    }

    public MenuItem getParent() {
        return parent;
    }

    public void setParent(MenuItem parent) {
        this.parent = parent;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public MenuItemKind getKind() {
        return kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
