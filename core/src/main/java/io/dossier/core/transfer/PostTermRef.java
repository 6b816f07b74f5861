package io.dossier.core.transfer;

/** A term a post carries, by slug and name, read by a JPQL constructor expression. */
public record PostTermRef(long postId, String slug, String name) {}
