package io.dossier.core.spi;

import java.time.Instant;

/** A post as a link: title, URL (site-relative) and publication time. @since 1.0 */
public record PostLink(long id, String title, String url, Instant publishedAt) {}
