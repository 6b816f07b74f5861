package io.dossier.core.service;

import io.dossier.core.event.SettingsChanged;
import io.dossier.core.model.Category;
import io.dossier.core.model.Menu;
import io.dossier.core.model.MenuItem;
import io.dossier.core.model.Page;
import io.dossier.core.model.Person;
import io.dossier.core.model.Tag;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Navigation menus at theme locations: replaced whole by the demo and the importer, built item by
 * item in the menu builder. Items point at content by id, so renaming a page or a tag never
 * breaks a menu.
 */
@ApplicationScoped
@Transactional
public class MenuService {

    private EntityManager em;
    private Event<SettingsChanged> changes;

    protected MenuService() {}

    @Inject
    public MenuService(EntityManager em, Event<SettingsChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Puts a menu with these items at {@code location}, replacing the one that was there. */
    public long replace(String location, String name, List<MenuEntry> entries) {
        em.createQuery("select m from Menu m where m.location = :location", Menu.class)
                .setParameter("location", location)
                .getResultList()
                .forEach(old -> {
                    em.createQuery("delete from MenuItem i where i.menu = :menu and i.parent is not null")
                            .setParameter("menu", old)
                            .executeUpdate();
                    em.createQuery("delete from MenuItem i where i.menu = :menu")
                            .setParameter("menu", old)
                            .executeUpdate();
                    em.remove(old);
                });
        em.flush();
        Menu menu = new Menu(location, name);
        em.persist(menu);
        persist(menu, null, entries);
        em.flush();
        changes.fire(new SettingsChanged());
        return menu.getId();
    }

    /**
     * Adds an item at the end of the top level of the menu at {@code location} (created if the
     * location has none yet). Content items need an existing target and may leave the label blank;
     * links need a label and a web address or a path on this site.
     */
    public long add(Actor actor, String location, MenuEntry entry) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "edit menus");
        Menu menu = em.createQuery("select m from Menu m where m.location = :location", Menu.class)
                .setParameter("location", location)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Menu created = new Menu(location, "Primary menu");
                    em.persist(created);
                    return created;
                });
        String label = checkedLabel(entry.kind(), entry.label());
        MenuItem item;
        if (entry.kind() == MenuItemKind.URL) {
            item = MenuItem.link(menu, null, 0, label, checkedUrl(entry.url()));
        } else {
            requireTarget(entry.kind(), entry.targetId());
            item = MenuItem.pointingAt(menu, null, 0, entry.kind(), entry.targetId());
            item.setLabel(label);
        }
        item.setPosition(siblings(menu.getId(), null).size());
        em.persist(item);
        em.flush();
        changes.fire(new SettingsChanged());
        return item.getId();
    }

    /** Changes an item's label (blank: the target's name) and, for a link, its address. */
    public void edit(Actor actor, long itemId, String label, String url) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "edit menus");
        MenuItem item = require(itemId);
        item.setLabel(checkedLabel(item.getKind(), label));
        if (item.getKind() == MenuItemKind.URL) {
            item.setUrl(checkedUrl(url));
        }
        em.flush();
        changes.fire(new SettingsChanged());
    }

    /** Removes an item; its sub-items take its place, as in WordPress. */
    public void remove(Actor actor, long itemId) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "edit menus");
        MenuItem item = require(itemId);
        Long parentId = item.getParent() == null ? null : item.getParent().getId();
        List<MenuItem> siblings = new ArrayList<>(siblings(item.getMenu().getId(), parentId));
        int at = siblings.indexOf(item);
        siblings.remove(item);
        List<MenuItem> children = siblings(item.getMenu().getId(), itemId);
        children.forEach(child -> child.setParent(item.getParent()));
        siblings.addAll(at, children);
        renumber(siblings);
        em.flush();
        em.remove(item);
        em.flush();
        changes.fire(new SettingsChanged());
    }

    /**
     * Puts an item under {@code parentId} (null: top level) at {@code index} among its new
     * siblings, as dragged in the menu builder; its sub-items move with it.
     */
    public void arrange(Actor actor, long itemId, Long parentId, int index) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "arrange menus");
        MenuItem item = require(itemId);
        MenuItem parent = parentId == null ? null : require(parentId);
        for (MenuItem up = parent; up != null; up = up.getParent()) {
            if (up.getId() == itemId) {
                throw new InvalidInputException("parent", "An item cannot go under itself or one of its sub-items");
            }
        }
        if (parent != null
                && !Objects.equals(parent.getMenu().getId(), item.getMenu().getId())) {
            throw new InvalidInputException("parent", "Items can only move within their menu");
        }
        Long oldParentId = item.getParent() == null ? null : item.getParent().getId();
        List<MenuItem> old = new ArrayList<>(siblings(item.getMenu().getId(), oldParentId));
        old.remove(item);
        renumber(old);
        item.setParent(parent);
        List<MenuItem> siblings = new ArrayList<>(siblings(item.getMenu().getId(), parentId));
        siblings.remove(item);
        siblings.add(Math.max(0, Math.min(index, siblings.size())), item);
        renumber(siblings);
        em.flush();
        changes.fire(new SettingsChanged());
    }

    private List<MenuItem> siblings(long menuId, Long parentId) {
        var query = em.createQuery(
                        "select i from MenuItem i where i.menu.id = :menu and "
                                + (parentId == null ? "i.parent is null" : "i.parent.id = :parent")
                                + " order by i.position, i.id",
                        MenuItem.class)
                .setParameter("menu", menuId);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getResultList();
    }

    private static void renumber(List<MenuItem> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setPosition(i);
        }
    }

    private MenuItem require(long itemId) {
        MenuItem item = em.find(MenuItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("Menu item " + itemId + " does not exist");
        }
        return item;
    }

    private void requireTarget(MenuItemKind kind, Long targetId) {
        Class<?> type = switch (kind) {
            case PAGE -> Page.class;
            case CATEGORY -> Category.class;
            case TAG -> Tag.class;
            case PERSON -> Person.class;
            case URL -> throw new IllegalArgumentException("a link has no target");
        };
        if (targetId == null || em.find(type, targetId) == null) {
            throw new InvalidInputException("target", "Choose a " + kind.name().toLowerCase() + " to add");
        }
    }

    static String checkedLabel(MenuItemKind kind, String label) {
        String stripped = FieldRules.limited("label", label, FieldRules.LABEL);
        if (stripped == null && kind == MenuItemKind.URL) {
            throw new InvalidInputException("label", "Enter the link text");
        }
        return stripped;
    }

    static String checkedUrl(String url) {
        String stripped = FieldRules.link("url", url);
        if (stripped == null) {
            throw new InvalidInputException("url", "Enter a web address (https://…) or a path on this site (/about/)");
        }
        return stripped;
    }

    /** Throws for the first entry of {@code entries}, at any depth, that the menu builder would refuse. */
    public static void check(List<MenuEntry> entries) {
        for (MenuEntry entry : entries) {
            checkedLabel(entry.kind(), entry.label());
            if (entry.kind() == MenuItemKind.URL) {
                checkedUrl(entry.url());
            }
            check(entry.children());
        }
    }

    private void persist(Menu menu, MenuItem parent, List<MenuEntry> entries) {
        int position = 0;
        for (MenuEntry entry : entries) {
            MenuItem item = entry.kind() == MenuItemKind.URL
                    ? MenuItem.link(
                            menu,
                            parent,
                            position++,
                            checkedLabel(entry.kind(), entry.label()),
                            checkedUrl(entry.url()))
                    : MenuItem.pointingAt(menu, parent, position++, entry.kind(), entry.targetId());
            if (entry.kind() != MenuItemKind.URL && entry.label() != null) {
                item.setLabel(checkedLabel(entry.kind(), entry.label()));
            }
            em.persist(item);
            persist(menu, item, entry.children());
        }
    }
}
