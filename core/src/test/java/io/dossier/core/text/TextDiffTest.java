package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.text.TextDiff.Change;
import io.dossier.core.text.TextDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aChangedParagraphIsOneRemovedAndOneAddedLineBetweenUnchangedOnes() {
        List<Line> lines =
                TextDiff.lines("<p>One.</p><p>Two.</p><p>Three.</p>", "<p>One.</p><p>Two, revised.</p><p>Three.</p>");
        assertEquals(
                List.of(
                        new Line(Change.SAME, "<p>One.</p>"),
                        new Line(Change.REMOVED, "<p>Two.</p>"),
                        new Line(Change.ADDED, "<p>Two, revised.</p>"),
                        new Line(Change.SAME, "<p>Three.</p>")),
                lines);
        assertTrue(TextDiff.changed(lines));
    }

    @Test
    void nothingBeforeMeansEverythingIsAddedAndEqualTextsAreUnchanged() {
        assertEquals(List.of(new Line(Change.ADDED, "Title")), TextDiff.lines(null, "Title"));
        assertFalse(TextDiff.changed(TextDiff.lines("<p>Same</p>", "<p>Same</p>")));
        assertEquals(List.of(), TextDiff.lines(null, " "));
    }
}
