package io.dossier.core.search;

import java.time.Instant;

/** What the index keeps of a public post: its words and when readers may see it. */
public record IndexedPost(long id, String title, String text, Instant publishedAt) {
}
