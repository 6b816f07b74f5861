package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlPolicyTest {

    private final HtmlPolicy policy = new HtmlPolicy();

    @Test
    void linksStayFollowableButScriptsGo() {
        assertEquals(
                "<p><a href=\"/person/jane/\">Jane</a> and <a href=\"https://example.org/\">a source</a></p>",
                policy.sanitize(
                        "<p><a href=\"/person/jane/\">Jane</a> and <a href=\"https://example.org/\">a source</a></p>"));
        String hostile =
                policy.sanitize("<a href=\"javascript:alert(1)\" onclick=\"x()\">click</a><script>alert(2)</script>");
        assertFalse(
                hostile.contains("javascript") || hostile.contains("onclick") || hostile.contains("script"), hostile);
    }

    @Test
    void theMoreMarkerSurvives() {
        assertEquals("<p>Teaser</p><!--more--><p>Rest</p>", policy.sanitize("<p>Teaser</p><!--more--><p>Rest</p>"));
    }

    @Test
    void resizedCopiesOfLibraryImagesStayButForeignSourcesGo() {
        String kept = policy.sanitize(
                "<img src=\"/media/2026/11/a-b.jpg\" alt=\"A\" srcset=\"/media/2026/11/a-b-480w.jpg 480w, "
                        + "/media/2026/11/a-b.jpg 800w\" sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2.5rem)\" />");
        assertTrue(kept.contains("srcset=\"/media/2026/11/a-b-480w.jpg 480w , /media/2026/11/a-b.jpg 800w\""), kept);
        assertTrue(kept.contains("sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2.5rem)\""), kept);
        String foreign =
                policy.sanitize("<img src=\"/media/a.jpg\" alt=\"A\" srcset=\"https://tracker.example/x.gif 1w\" />");
        assertFalse(foreign.contains("srcset"), foreign);
    }
}
