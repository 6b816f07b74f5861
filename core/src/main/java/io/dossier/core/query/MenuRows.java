package io.dossier.core.query;

import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The menu builder's view of a menu: every item, including those whose target readers cannot
 * see, in tree order. One query for the items and one per kind of target, never one per item.
 */
@ApplicationScoped
public class MenuRows {

    private EntityManager em;

    protected MenuRows() {}

    @Inject
    public MenuRows(EntityManager em) {
        this.em = em;
    }

    /** The items of the menu at {@code location}, parents before their children, siblings in order. */
    public List<MenuItemRow> at(String location) {
        List<StoredMenuItem> rows = em.createQuery("""
                        select new io.dossier.core.query.StoredMenuItem(i.id, parent.id, i.kind, i.targetId, i.label, i.url)
                        from MenuItem i left join i.parent parent where i.menu.location = :location
                        order by i.position, i.id""", StoredMenuItem.class)
                .setParameter("location", location)
                .getResultList();
        Map<MenuItemKind, List<Long>> ids = new HashMap<>();
        for (StoredMenuItem r : rows) {
            if (r.targetId() != null) {
                ids.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.targetId());
            }
        }
        Map<MenuItemKind, Map<Long, Target>> targets = new HashMap<>();
        ids.forEach((kind, targetIds) -> targets.put(kind, targets(kind, targetIds)));

        Map<Long, List<MenuItemRow>> children = new HashMap<>();
        for (StoredMenuItem r : rows) {
            MenuItemKind kind = r.kind();
            Target target = kind == MenuItemKind.URL
                    ? new Target(r.url(), true)
                    : targets.getOrDefault(kind, Map.of()).get(r.targetId());
            MenuItemRow row = new MenuItemRow(
                    r.id(),
                    r.parentId(),
                    kind,
                    r.label(),
                    target == null ? null : target.name(),
                    target == null || !target.visible());
            children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
        List<MenuItemRow> ordered = new ArrayList<>();
        addInOrder(null, children, ordered);
        return ordered;
    }

    private static void addInOrder(Long parentId, Map<Long, List<MenuItemRow>> children, List<MenuItemRow> into) {
        for (MenuItemRow row : children.getOrDefault(parentId, List.of())) {
            into.add(row);
            addInOrder(row.id(), children, into);
        }
    }

    private record Target(String name, boolean visible) {}

    private Map<Long, Target> targets(MenuItemKind kind, List<Long> ids) {
        Map<Long, Target> map = new HashMap<>();
        switch (kind) {
            case PAGE ->
                em.createQuery(
                                "select new io.dossier.core.query.PublicationRow(p.id, p.title, p.slug, p.publishedAt,"
                                        + " p.status) from Page p where p.id in :ids",
                                PublicationRow.class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .forEach(r -> map.put(r.id(), new Target(r.title(), r.publicAt(Instant.now()))));
            case CATEGORY ->
                names(
                        "select new io.dossier.core.query.Choice(c.id, c.name) from Category c where c.id in :ids",
                        ids,
                        map);
            case TAG ->
                names("select new io.dossier.core.query.Choice(t.id, t.name) from Tag t where t.id in :ids", ids, map);
            case PERSON ->
                names(
                        "select new io.dossier.core.query.Choice(p.id, p.name) from Person p where p.id in :ids",
                        ids,
                        map);
            case URL -> {}
        }
        return map;
    }

    private void names(String jpql, List<Long> ids, Map<Long, Target> into) {
        em.createQuery(jpql, Choice.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> into.put(r.id(), new Target(r.label(), true)));
    }
}
