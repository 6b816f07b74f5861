package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;

/** A page as the admin's page tree shows it. */
public record PageRow(long id, String title, Long parentId, ContentStatus status, String path) {}
