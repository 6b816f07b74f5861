package io.dossier.core.transfer;

import io.dossier.core.vocabulary.Role;

/** An account as the Dossier export writes it, read by a JPQL constructor expression. */
public record SiteAccount(String login, String displayName, String email, Role role, String slug) {}
