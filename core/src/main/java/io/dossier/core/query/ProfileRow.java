package io.dossier.core.query;

import io.dossier.core.vocabulary.PersonKind;

/** A profile as the admin's people table shows it: how many posts credit it and how many tags name it. */
public record ProfileRow(
        long id, String name, String slug, PersonKind kind, String roleTitle, long credits, long tags) {}
