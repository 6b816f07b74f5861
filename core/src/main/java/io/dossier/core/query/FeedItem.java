package io.dossier.core.query;

import java.time.Instant;

/** A post as a feed needs it: its list card, its full body and when it last changed. */
public record FeedItem(PostCard card, String bodyHtml, Instant updatedAt) {}
