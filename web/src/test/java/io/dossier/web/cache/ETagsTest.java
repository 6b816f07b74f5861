package io.dossier.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndTheStar() {
        assertTrue(ETags.matches("\"abc\"", "\"abc\""));
        assertTrue(ETags.matches("W/\"abc\"", "\"abc\""), "gzip made it weak on the way");
        assertTrue(ETags.matches("\"abc\"", "W/\"abc\""));
        assertTrue(ETags.matches("\"x\", W/\"abc\"", "W/\"abc\""));
        assertTrue(ETags.matches(" * ", "\"abc\""));
        assertFalse(ETags.matches(null, "\"abc\""));
        assertFalse(ETags.matches("\"abcd\"", "\"abc\""));
        assertFalse(ETags.matches("\"xabc\"", "\"abc\""), "a tag is compared whole");
    }
}
