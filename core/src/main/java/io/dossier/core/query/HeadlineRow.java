package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import java.time.Instant;
import java.time.ZoneId;

/** A post's headline columns, read by a JPQL constructor expression. */
public record HeadlineRow(long id, String title, String slug, Instant publishedAt) {

    PostHeadline headline(ZoneId zone) {
        return new PostHeadline(id, title, Permalinks.post(publishedAt, slug, zone), publishedAt);
    }
}
