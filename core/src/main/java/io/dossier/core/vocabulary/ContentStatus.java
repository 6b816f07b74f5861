package io.dossier.core.vocabulary;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Editorial status of a post or page, as in WordPress. */
public enum ContentStatus {
    DRAFT,
    PENDING,
    SCHEDULED,
    PUBLISHED,
    PRIVATE,
    TRASHED;

    /** The statuses readers may see once the publication time has come. */
    public static final Set<ContentStatus> PUBLIC = Collections.unmodifiableSet(EnumSet.of(PUBLISHED, SCHEDULED));

    /**
     * Whether anonymous readers may see content in this status published at {@code publishedAt}.
     * A scheduled item turns public by itself when its time comes: decided at read time, no job.
     */
    public boolean isPublicAt(Instant publishedAt, Instant now) {
        return (this == PUBLISHED || this == SCHEDULED) && publishedAt != null && !publishedAt.isAfter(now);
    }
}
