package io.dossier.core.query;

import java.time.Instant;
import java.util.List;

/** A post as shown in a list: enough for the teaser, never the body. */
public record PostCard(long id, String title, String url, Instant publishedAt, String summary,
                       Link author, List<CreditLine> credits, List<Link> categories) {
}
