package io.dossier.core.query;

import io.dossier.core.vocabulary.MenuItemKind;

/** A stored menu item ({@code parentId} null at the top, {@code targetId} null for a link), read by a JPQL constructor expression. */
public record StoredMenuItem(long id, Long parentId, MenuItemKind kind, Long targetId, String label, String url) {}
