package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;
import java.time.ZoneId;

/** A post's or page's headline columns with its status, to tell whether readers see it, read by a JPQL constructor expression. */
public record PublicationRow(long id, String title, String slug, Instant publishedAt, ContentStatus status) {

    boolean publicAt(Instant now) {
        return status.isPublicAt(publishedAt, now);
    }

    PostHeadline headline(ZoneId zone) {
        return new PostHeadline(id, title, Permalinks.post(publishedAt, slug, zone), publishedAt);
    }
}
