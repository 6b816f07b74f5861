package io.dossier.core.spi;

import java.util.Map;

/** The post being enriched, the enricher's settings and read-only site access. @since 1.0 */
public record EnrichContext(long postId, String url, Map<String, String> settings, SiteReader site) {}
