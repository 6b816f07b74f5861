package io.dossier.core.spi;

import java.util.List;

/** One page of a longer list of posts. @since 1.0 */
public record PostPage(List<PostSummary> posts, int page, int totalPages, long total) {}
