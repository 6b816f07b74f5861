package io.dossier.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermalinksTest {

    @Test
    void aPostIsDatedInTheSitesTimeZone() {
        Instant lateEveningInNewYork = Instant.parse("2016-06-02T02:30:00Z");
        assertEquals(
                "/2016/06/01/hello/", Permalinks.post(lateEveningInNewYork, "hello", ZoneId.of("America/New_York")));
        assertEquals("/2016/06/02/hello/", Permalinks.post(lateEveningInNewYork, "hello", ZoneId.of("UTC")));
    }

    @Test
    void nestedCategoriesAndPagesKeepTheirAncestors() {
        assertEquals("/category/news/world/", Permalinks.category(List.of("news", "world")));
        assertEquals("/about/team/", Permalinks.page("about/team"));
    }

    @Test
    void pageOneIsTheListItself() {
        assertEquals("/tag/x/", Permalinks.paged("/tag/x/", 1));
        assertEquals("/tag/x/page/3/", Permalinks.paged("/tag/x/", 3));
        assertEquals("/2016/06/", Permalinks.month(2016, 6));
    }
}
