package io.dossier.core.query;

/** A named link to a category, tag, page, author or profile: what views render as an anchor. */
public record Link(String name, String url) {}
