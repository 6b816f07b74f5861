package io.dossier.core.vocabulary;

/** What a menu item points at. */
public enum MenuItemKind {
    PAGE,
    CATEGORY,
    TAG,
    PERSON,
    URL
}
