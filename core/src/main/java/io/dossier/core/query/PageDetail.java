package io.dossier.core.query;

import java.time.Instant;
import java.util.List;

/** A page with the trail of its ancestors and its direct children (for sub-page navigation). */
public record PageDetail(
        long id,
        String title,
        String url,
        Instant modifiedAt,
        String summary,
        String bodyHtml,
        List<Link> ancestors,
        List<Link> children) {}
