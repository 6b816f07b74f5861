package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** One name in a byline, with the role the person or organisation played. */
public record CreditLine(String name, String slug, PersonKind kind, String role) {}
