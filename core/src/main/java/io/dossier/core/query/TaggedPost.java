package io.dossier.core.query;

/** A post carrying a tag, with the tag's name and the profile's it stands for (null: none), read by a JPQL constructor expression. */
public record TaggedPost(long postId, String tag, String person) {}
