package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptsTest {

    @Test
    void theEditorsExcerptWins() {
        assertEquals("Short & sweet", Excerpts.summary("<em>Short</em> &amp; sweet", "<p>Body text</p>"));
    }

    @Test
    void aPostWithoutTextHasNoPlainText() {
        assertEquals("", Excerpts.plainText(null), "a post saved with its title only is still indexed");
    }

    @Test
    void theMoreMarkerEndsTheTeaser() {
        assertEquals("First part.", Excerpts.summary(null, "<p>First part.</p><!--more--><p>Second part.</p>"));
    }

    @Test
    void otherwiseTheFirst55WordsAndAnEllipsis() {
        String body = "<p>" + "word ".repeat(80) + "</p>";
        String summary = Excerpts.summary("", body);
        assertTrue(summary.endsWith(" …"), summary);
        assertEquals(Excerpts.WORDS, summary.replace(" …", "").split(" ").length);
    }

    @Test
    void entitiesTheSanitizerWritesAreDecoded() {
        assertEquals(
                "Council's \"visits\" & more’",
                Excerpts.summary(null, "<p>Council&#39;s &#34;visits&#34; &amp; more&#x2019;</p>"));
    }

    @Test
    void shortBodiesAreKeptWhole() {
        assertEquals("Two words", Excerpts.summary(null, "<p>Two</p>\n<p>words</p>"));
        assertEquals("", Excerpts.summary(null, null));
    }
}
