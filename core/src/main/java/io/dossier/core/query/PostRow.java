package io.dossier.core.query;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** A post as the admin's post table shows it. */
public record PostRow(
        long id,
        String title,
        ContentStatus status,
        Instant publishedAt,
        Instant updatedAt,
        long authorId,
        String authorName,
        String categories) {

    /** This row with the names of the categories it is filed under. */
    PostRow filedUnder(String names) {
        return new PostRow(id, title, status, publishedAt, updatedAt, authorId, authorName, names);
    }
}
