package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;

/** Who wrote a post and its status: what decides who may edit or preview it, read by a JPQL constructor expression. */
public record Authorship(long authorId, ContentStatus status) {}
