package io.dossier.core.query;

import java.time.Instant;

/** A revision as the revisions screen lists it. {@code authorName} is null if the account was deleted. */
public record RevisionRow(long id, long postId, Instant savedAt, String authorName, boolean autosave, String title) {}
