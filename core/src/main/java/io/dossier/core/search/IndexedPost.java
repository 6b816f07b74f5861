package io.dossier.core.search;

import java.time.Instant;
import java.util.List;

/**
 * What the index keeps of a public post: its words, when readers may see it, and the ids of its
 * tags and of the people it is about (credited, or named by a tag), for related-post suggestions.
 */
public record IndexedPost(
        long id, String title, String text, Instant publishedAt, List<Long> tags, List<Long> people) {}
