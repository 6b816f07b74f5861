package io.dossier.core.vocabulary;

/** The theme locations a menu can be shown at; a menu's location is stored as one of these names. */
public final class MenuLocations {

    /** The site's main navigation, above every page. */
    public static final String PRIMARY = "primary";

    private MenuLocations() {}
}
