package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupAndQuotesAreEscapedAndNullIsEmpty() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\">Tom & Jerry</a>"));
        assertEquals("", HtmlText.escape(null));
    }
}
