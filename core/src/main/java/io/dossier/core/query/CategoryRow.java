package io.dossier.core.query;

/** A category as the admin's category table shows it; {@code path} is its name under its ancestors'. */
public record CategoryRow(
        long id, String name, String slug, Long parentId, String path, String description, long posts) {

    /** This row placed in the tree: its path is its name after {@code prefix}, its ancestors' path. */
    CategoryRow under(String prefix) {
        return new CategoryRow(id, name, slug, parentId, prefix + name, description, posts);
    }
}
