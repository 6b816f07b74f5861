package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;

/**
 * What a save wrote: the post's id, its version now (the one to send with the next save), the
 * status it ended in (a publication dated later is scheduled), its slug (made unique) and its
 * permalink (null until it has a publication date).
 */
public record SavedPost(long id, long version, ContentStatus status, String slug, String permalink) {}
