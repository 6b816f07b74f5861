package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** A profile found by a search, read by a JPQL constructor expression. */
public record ProfileHitRow(long id, String name, String slug, PersonKind kind) {}
