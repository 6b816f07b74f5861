package io.dossier.core.query;

import java.time.Instant;
import java.util.List;

/**
 * A post as shown on its own page. {@code bodyHtml} was sanitized when it was stored;
 * {@code image} is the featured image, or null; {@code seo} the editor's search and social overrides.
 */
public record PostDetail(
        long id,
        String title,
        String url,
        Instant publishedAt,
        Instant modifiedAt,
        String summary,
        String bodyHtml,
        Link author,
        List<CreditLine> credits,
        List<Link> categories,
        List<Link> tags,
        ImageLink image,
        PostSeo seo) {}
