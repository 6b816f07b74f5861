package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void anEditorsSlugWinsOverTheTitle() {
        assertEquals("my-slug", Slugs.requestedOrFromTitle("My Slug", "A Title"));
        assertEquals("a-title", Slugs.requestedOrFromTitle(" ", "A Title"));
    }

    @Test
    void titlesBecomeLowercaseAsciiWithDashes() {
        assertEquals("trita-parsis-cafe-co", Slugs.slugify("Trita Parsi’s Café & Co."));
        assertEquals("dalvi-orsan-influence-plan", Slugs.slugify("Dalvi/Orsan Influence Plan"));
        assertEquals(
                "veskaran-american-friendship-council-vafc",
                Slugs.slugify("  Veskaran-American Friendship Council (VAFC) "));
        assertEquals("uber-strasse", Slugs.slugify("Über Straße".replace("ß", "ss")));
    }

    @Test
    void nothingUsableBecomesItem() {
        assertEquals("item", Slugs.slugify("!!! ???"));
        assertEquals("item", Slugs.slugify(null));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.slugify("word ".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("word"));
    }

    @Test
    void takenSlugsGetTheNextFreeNumber() {
        Set<String> taken = Set.of("budget", "budget-2");
        assertEquals("budget-3", Slugs.unique("budget", taken::contains));
        assertEquals("fresh", Slugs.unique("fresh", taken::contains));
    }

    @Test
    void yearsAndRouteNamesClashAtTheTopLevel() {
        assertTrue(Slugs.clashesWithRoutes("2016"));
        assertTrue(Slugs.clashesWithRoutes("category"));
        assertTrue(Slugs.clashesWithRoutes("page"));
        assertFalse(Slugs.clashesWithRoutes("about"));
        assertFalse(Slugs.clashesWithRoutes("2016-report"));
    }
}
