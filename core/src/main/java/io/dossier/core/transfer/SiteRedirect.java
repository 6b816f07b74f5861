package io.dossier.core.transfer;

import io.dossier.core.vocabulary.ContentKind;

/** An old address and what it answers 301 to, read by a JPQL constructor expression. */
public record SiteRedirect(String oldPath, ContentKind kind, long targetId) {}
