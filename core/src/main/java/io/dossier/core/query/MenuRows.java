package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;
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
        List<Object[]> rows = em.createQuery("""
                        select i.id, parent.id, i.kind, i.targetId, i.label, i.url
                        from MenuItem i left join i.parent parent where i.menu.location = :location
                        order by i.position, i.id""", Object[].class)
                .setParameter("location", location)
                .getResultList();
        Map<MenuItemKind, List<Long>> ids = new HashMap<>();
        for (Object[] r : rows) {
            if (r[3] != null) {
                ids.computeIfAbsent((MenuItemKind) r[2], k -> new ArrayList<>()).add((Long) r[3]);
            }
        }
        Map<MenuItemKind, Map<Long, Target>> targets = new HashMap<>();
        ids.forEach((kind, targetIds) -> targets.put(kind, targets(kind, targetIds)));

        Map<Long, List<MenuItemRow>> children = new HashMap<>();
        for (Object[] r : rows) {
            MenuItemKind kind = (MenuItemKind) r[2];
            Target target = kind == MenuItemKind.URL
                    ? new Target((String) r[5], true)
                    : targets.getOrDefault(kind, Map.of()).get((Long) r[3]);
            MenuItemRow row = new MenuItemRow(
                    (Long) r[0],
                    (Long) r[1],
                    kind,
                    (String) r[4],
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
                                "select p.id, p.title, p.status, p.publishedAt from Page p where p.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()
                        .forEach(r -> map.put(
                                (Long) r[0],
                                new Target(
                                        (String) r[1],
                                        ((ContentStatus) r[2]).isPublicAt((Instant) r[3], Instant.now()))));
            case CATEGORY -> names("select c.id, c.name from Category c where c.id in :ids", ids, map);
            case TAG -> names("select t.id, t.name from Tag t where t.id in :ids", ids, map);
            case PERSON -> names("select p.id, p.name from Person p where p.id in :ids", ids, map);
            case URL -> {}
        }
        return map;
    }

    private void names(String jpql, List<Long> ids, Map<Long, Target> into) {
        em.createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> into.put((Long) r[0], new Target((String) r[1], true)));
    }
}
