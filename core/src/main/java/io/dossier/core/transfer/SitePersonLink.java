package io.dossier.core.transfer;

/** A link of a profile, read by a JPQL constructor expression. */
public record SitePersonLink(long personId, String label, String url) {}
