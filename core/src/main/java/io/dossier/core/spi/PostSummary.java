package io.dossier.core.spi;

import java.time.Instant;

/** A post as a teaser: title, site-relative URL, date and plain-text summary. @since 1.0 */
public record PostSummary(long id, String title, String url, Instant publishedAt, String summary) {}
