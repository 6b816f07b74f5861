package io.dossier.core.query;

/** The columns of a profile the API answers with, read by a JPQL constructor expression. */
public record ProfileApiRow(long id, String name, String slug, String roleTitle, String bio, String photoUrl) {}
