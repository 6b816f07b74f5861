package io.dossier.core.query;

import java.time.Instant;

/** A post's stored body and last change, by id, read by a JPQL constructor expression. */
public record BodyRow(long id, String body, Instant updatedAt) {}
