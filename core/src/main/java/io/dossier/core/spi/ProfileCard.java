package io.dossier.core.spi;

/**
 * A person or organisation as named in a post.
 *
 * @param roleInPost the byline role ("Reporter") or "Mentioned" for a tag that stands for them
 * @since 1.0
 */
public record ProfileCard(String name, String url, String kind, String roleTitle, String photoUrl, String roleInPost) {}
