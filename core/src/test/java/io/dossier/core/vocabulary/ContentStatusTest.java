package io.dossier.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void aScheduledPostAppearsWhenItsTimeComes() {
        Instant noon = Instant.parse("2026-11-29T12:00:00Z");
        assertFalse(ContentStatus.SCHEDULED.isPublicAt(noon, NOW.minusSeconds(1)));
        assertTrue(ContentStatus.SCHEDULED.isPublicAt(noon, NOW));
    }

    @Test
    void onlyPublishedAndDueContentIsPublic() {
        Instant past = NOW.minusSeconds(3600);
        assertTrue(ContentStatus.PUBLISHED.isPublicAt(past, NOW));
        assertFalse(ContentStatus.PUBLISHED.isPublicAt(NOW.plusSeconds(60), NOW));
        for (ContentStatus hidden : new ContentStatus[] {
            ContentStatus.DRAFT, ContentStatus.PENDING, ContentStatus.PRIVATE, ContentStatus.TRASHED
        }) {
            assertFalse(hidden.isPublicAt(past, NOW), hidden.name());
        }
        assertFalse(ContentStatus.PUBLISHED.isPublicAt(null, NOW));
    }
}
