package io.dossier.core.service;

import io.dossier.core.event.SettingsChanged;
import io.dossier.core.model.Menu;
import io.dossier.core.model.MenuItem;
import io.dossier.core.model.MenuItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Navigation menus at theme locations. */
@ApplicationScoped
@Transactional
public class MenuService {

    private EntityManager em;
    private Event<SettingsChanged> changes;

    protected MenuService() {
    }

    @Inject
    public MenuService(EntityManager em, Event<SettingsChanged> changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Puts a menu with these items at {@code location}, replacing the one that was there. */
    public long replace(String location, String name, List<MenuEntry> entries) {
        em.createQuery("select m from Menu m where m.location = :location", Menu.class)
                .setParameter("location", location).getResultList()
                .forEach(old -> {
                    em.createQuery("delete from MenuItem i where i.menu = :menu and i.parent is not null")
                            .setParameter("menu", old).executeUpdate();
                    em.createQuery("delete from MenuItem i where i.menu = :menu").setParameter("menu", old).executeUpdate();
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

    private void persist(Menu menu, MenuItem parent, List<MenuEntry> entries) {
        int position = 0;
        for (MenuEntry entry : entries) {
            MenuItem item = entry.kind() == MenuItemKind.URL
                    ? MenuItem.link(menu, parent, position++, entry.label(), entry.url())
                    : MenuItem.pointingAt(menu, parent, position++, entry.kind(), entry.targetId());
            if (entry.kind() != MenuItemKind.URL && entry.label() != null) {
                item.setLabel(entry.label());
            }
            em.persist(item);
            persist(menu, item, entry.children());
        }
    }
}
