package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A static page. Pages form a tree; {@code path} ("parent/child") is kept in step with the
 * slugs of the page and its ancestors so that a URL resolves with one indexed lookup.
 */
@Entity
@Table(name = "page")
public class Page extends Content {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Page parent;

    @Column(name = "menu_order", nullable = false)
    private int menuOrder;

    @Column(nullable = false, unique = true)
    private String path;

    public Page getParent() {
        return parent;
    }

    public void setParent(Page parent) {
        this.parent = parent;
    }

    public int getMenuOrder() {
        return menuOrder;
    }

    public void setMenuOrder(int menuOrder) {
        this.menuOrder = menuOrder;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }
}
