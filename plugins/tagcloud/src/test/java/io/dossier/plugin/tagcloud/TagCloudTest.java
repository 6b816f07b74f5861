package io.dossier.plugin.tagcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dossier.core.spi.TermCount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagCloudTest {

    private static TermCount tag(String name, long count) {
        return new TermCount(name, "/tag/" + name + "/", count);
    }

    @Test
    void weightsFollowALogScaleAndTagsAreAlphabetical() {
        TagCloud cloud = TagCloud.of(List.of(tag("zebra", 100), tag("apple", 1), tag("mango", 10)));
        assertEquals(
                List.of("apple", "mango", "zebra"),
                cloud.tags().stream().map(TagCloud.Tag::name).toList());
        assertEquals(
                List.of(1, 3, 5),
                cloud.tags().stream().map(TagCloud.Tag::weight).toList(),
                "10 is halfway between 1 and 100 on a log scale");
    }

    @Test
    void equalCountsGetTheMiddleSize() {
        assertEquals(
                List.of(3, 3),
                TagCloud.of(List.of(tag("a", 4), tag("b", 4))).tags().stream()
                        .map(TagCloud.Tag::weight)
                        .toList());
        assertEquals(List.of(), TagCloud.of(List.of()).tags());
    }

    @Test
    void theTimeWindowStartsThatManyDaysAgo() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        assertEquals(Instant.parse("2026-10-30T12:00:00Z"), TagCloud.since(30, now));
        assertNull(TagCloud.since(0, now));
    }
}
