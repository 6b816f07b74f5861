package io.dossier.core.model;

/** A profile is either a person or an organisation. */
public enum PersonKind {
    PERSON, ORGANIZATION
}
