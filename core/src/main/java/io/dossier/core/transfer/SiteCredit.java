package io.dossier.core.transfer;

/** A byline entry as the Dossier export writes it (the profile by slug), read by a JPQL constructor expression. */
public record SiteCredit(long postId, String person, String role) {}
