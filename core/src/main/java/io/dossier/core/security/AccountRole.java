package io.dossier.core.security;

import io.dossier.core.vocabulary.Role;

/** An account's id and role, read by a JPQL constructor expression. */
public record AccountRole(long id, Role role) {}
