package io.dossier.core.query;

/**
 * What a post's head says to search engines and social networks when its editor overrode the
 * defaults; each part null when not overridden (then the title, summary, permalink and featured image serve).
 */
public record PostSeo(String title, String description, String canonicalUrl, ImageLink socialImage) {}
