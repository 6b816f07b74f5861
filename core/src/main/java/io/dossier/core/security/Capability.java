package io.dossier.core.security;

/**
 * What an account may do, named after WordPress's capabilities so that site owners moving over
 * recognise them. {@link Permissions} says which role has which.
 */
public enum Capability {
    /** Write posts and edit one's own drafts. */
    EDIT_POSTS,
    /** Publish or schedule one's own posts, and edit them once published. */
    PUBLISH_POSTS,
    /** Edit, publish and trash posts written by others. */
    EDIT_OTHERS_POSTS,
    /** Trash one's own posts (contributors: only those not yet published). */
    DELETE_POSTS,
    /** Pages, their tree and order. */
    EDIT_PAGES,
    /** Create, rename, merge and delete categories and tags. */
    MANAGE_TAXONOMY,
    /** Add new tags while writing a post (authors may; contributors may not create terms). */
    ASSIGN_NEW_TAGS,
    /** People and organisation profiles. */
    EDIT_PEOPLE,
    /** Upload images to the media library. */
    UPLOAD_FILES,
    /** Menus and widget areas (WordPress: edit_theme_options). */
    EDIT_THEME_OPTIONS,
    /** Plugins: enable, disable, configure. */
    MANAGE_PLUGINS,
    /** User accounts and their roles. */
    MANAGE_USERS,
    /** Site settings. */
    MANAGE_OPTIONS,
    /** Import a WordPress export, export the site (WordPress: import, export). */
    IMPORT
}
