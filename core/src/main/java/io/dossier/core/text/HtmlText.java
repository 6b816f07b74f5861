package io.dossier.core.text;

/** Plain text put into HTML that is built by hand (attribute values and element content). */
public final class HtmlText {

    private HtmlText() {}

    /** The text with {@code & < > "} escaped; null becomes empty. */
    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
