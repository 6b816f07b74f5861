package io.dossier.core.query;

import io.dossier.core.vocabulary.MenuItemKind;

/**
 * A menu item as the menu builder shows it: its own label (null: the target's name), what it
 * points at by name (or its URL), and whether that target is gone or not yet public, in which
 * case readers do not see the item.
 */
public record MenuItemRow(long id, Long parentId, MenuItemKind kind, String label, String target, boolean hidden) {

    /** What the menu shows: the item's own label, or its target's name. */
    public String shownLabel() {
        return label != null ? label : target != null ? target : "(removed " + kindName() + ")";
    }

    /** What kind of item this is, in the builder's words. */
    public String kindName() {
        return switch (kind) {
            case URL -> "custom link";
            case PERSON -> "profile";
            default -> kind.name().toLowerCase();
        };
    }
}
