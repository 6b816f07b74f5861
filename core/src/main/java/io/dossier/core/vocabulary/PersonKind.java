package io.dossier.core.vocabulary;

/** A profile is either a person or an organisation. */
public enum PersonKind {
    PERSON,
    ORGANIZATION
}
