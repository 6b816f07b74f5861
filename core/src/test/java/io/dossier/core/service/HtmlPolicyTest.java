package io.dossier.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlPolicyTest {

    private final HtmlPolicy policy = new HtmlPolicy();

    @Test
    void linksStayFollowableButScriptsGo() {
        assertEquals("<p><a href=\"/person/jane/\">Jane</a> and <a href=\"https://example.org/\">a source</a></p>",
                policy.sanitize("<p><a href=\"/person/jane/\">Jane</a> and <a href=\"https://example.org/\">a source</a></p>"));
        String hostile = policy.sanitize("<a href=\"javascript:alert(1)\" onclick=\"x()\">click</a><script>alert(2)</script>");
        assertFalse(hostile.contains("javascript") || hostile.contains("onclick") || hostile.contains("script"), hostile);
    }

    @Test
    void theMoreMarkerSurvives() {
        assertEquals("<p>Teaser</p><!--more--><p>Rest</p>", policy.sanitize("<p>Teaser</p><!--more--><p>Rest</p>"));
    }
}
