package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;

/** How many posts are in a status: a row of a grouped count, read by a JPQL constructor expression. */
public record StatusCount(ContentStatus status, long count) {}
