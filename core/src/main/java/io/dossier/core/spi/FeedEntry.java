package io.dossier.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * One post in a feed.
 *
 * @param id          a permanent, globally unique id ("urn:uuid:…") that never changes, even when
 *                    the post's title, slug or date does
 * @param url         the post's absolute permalink
 * @param authors     the byline (credited people), or the posting account when there is none
 * @param categories  category names
 * @param summary     plain-text teaser
 * @param contentHtml the full body, sanitized, with absolute URLs
 * @since 1.0
 */
public record FeedEntry(
        String id,
        String title,
        String url,
        Instant published,
        Instant updated,
        List<String> authors,
        List<String> categories,
        String summary,
        String contentHtml) {}
