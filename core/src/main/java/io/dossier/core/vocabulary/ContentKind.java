package io.dossier.core.vocabulary;

/** Kinds of addressable content, used by redirects. */
public enum ContentKind {
    POST,
    PAGE,
    CATEGORY,
    TAG,
    PERSON,
    AUTHOR
}
