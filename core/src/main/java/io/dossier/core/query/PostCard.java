package io.dossier.core.query;

import java.time.Instant;
import java.util.List;

/**
 * A post as shown in a list: enough for the teaser, never the body. {@code highlight}: in search
 * results, where the words were found (HTML: escaped text, the words in {@code <mark>}); else null.
 */
public record PostCard(
        long id,
        String title,
        String url,
        Instant publishedAt,
        String summary,
        Link author,
        List<CreditLine> credits,
        List<Link> categories,
        String highlight) {}
