package io.dossier.web.page;

/** One feed autodiscovery link ({@code <link rel="alternate">}); {@code href} is site-relative. */
public record FeedLink(String title, String type, String href) {}
