package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** A profile's own columns (its links read apart), read by a JPQL constructor expression. */
public record ProfileColumns(
        long id, String name, String slug, PersonKind kind, String roleTitle, String bio, String photoUrl) {}
