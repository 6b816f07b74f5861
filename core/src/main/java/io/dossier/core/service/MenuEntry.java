package io.dossier.core.service;

import io.dossier.core.vocabulary.MenuItemKind;
import java.util.List;

/** A menu item to create, with its nested items. {@code label} may be blank for content targets. */
public record MenuEntry(MenuItemKind kind, Long targetId, String label, String url, List<MenuEntry> children) {

    public static MenuEntry to(MenuItemKind kind, long targetId, MenuEntry... children) {
        return new MenuEntry(kind, targetId, null, null, List.of(children));
    }

    public static MenuEntry link(String label, String url) {
        return new MenuEntry(MenuItemKind.URL, null, label, url, List.of());
    }
}
