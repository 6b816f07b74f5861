package io.dossier.core.query;

import io.dossier.core.vocabulary.Role;

/** An account as the admin's user table shows it; {@code slug} names its public author page. */
public record AccountRow(long id, String login, String displayName, String email, Role role, long posts, String slug) {}
