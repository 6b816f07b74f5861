package io.dossier.core.transfer;

import io.dossier.core.vocabulary.MenuItemKind;

/** A menu item with its menu, as the exports write it, read by a JPQL constructor expression. */
public record ExportedMenuItem(
        long id,
        String location,
        String menuName,
        Long parentId,
        int position,
        String label,
        MenuItemKind kind,
        Long targetId,
        String url) {}
