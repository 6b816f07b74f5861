package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** One save of a post, for the dashboard's recent activity: who saved which post when, and its status now. */
public record ActivityRow(long postId, String title, String savedBy, Instant at, ContentStatus status) {}
