package io.dossier.core.vocabulary;

/** What a user account may do, from most to least powerful (WordPress's roles). */
public enum Role {
    ADMINISTRATOR,
    EDITOR,
    AUTHOR,
    CONTRIBUTOR
}
