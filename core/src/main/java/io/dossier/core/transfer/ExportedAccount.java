package io.dossier.core.transfer;

/** An account as the WordPress export writes it, read by a JPQL constructor expression. */
public record ExportedAccount(long id, String login, String email, String displayName) {}
