package io.dossier.core.spi;

import java.util.List;

/**
 * A person's or organisation's profile.
 *
 * @param kind    "person" or "organization" (also the first segment of its URL)
 * @param bioHtml sanitized HTML
 * @param url     site-relative, e.g. "/person/jane-doe/"
 * @since 1.0
 */
public record Profile(
        String name,
        String kind,
        String roleTitle,
        String bioHtml,
        String photoUrl,
        List<NamedLink> links,
        String url) {}
