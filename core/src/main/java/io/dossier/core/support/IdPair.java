package io.dossier.core.support;

/** Two ids that belong together (a post and a term it carries), read by a JPQL constructor expression. */
public record IdPair(long first, long second) {}
