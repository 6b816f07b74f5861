package io.dossier.core.model;

/** What a menu item points at. */
public enum MenuItemKind {
    PAGE, CATEGORY, TAG, PERSON, URL
}
