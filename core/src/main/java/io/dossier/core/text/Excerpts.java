package io.dossier.core.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Derives the plain-text teaser shown in post lists, the way WordPress does. */
public final class Excerpts {

    /** WordPress's default excerpt length. */
    public static final int WORDS = 55;
    /** Column width of {@code summary}. */
    public static final int MAX_CHARS = 1000;

    private static final String MORE = "<!--more-->";
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private Excerpts() {}

    /**
     * The editor's excerpt when there is one; else the body up to {@code <!--more-->}; else the
     * body's first {@value #WORDS} words followed by an ellipsis.
     */
    public static String summary(String excerpt, String bodyHtml) {
        if (excerpt != null && !excerpt.isBlank()) {
            return clip(plainText(excerpt));
        }
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return "";
        }
        int more = bodyHtml.indexOf(MORE);
        if (more >= 0) {
            return clip(plainText(bodyHtml.substring(0, more)));
        }
        String[] words = plainText(bodyHtml).split(" ");
        if (words.length <= WORDS) {
            return clip(String.join(" ", words));
        }
        return clip(String.join(" ", Arrays.copyOf(words, WORDS))) + " …";
    }

    /** Text of an HTML fragment with tags removed, the common entities decoded and spaces collapsed; "" for none. */
    public static String plainText(String html) {
        if (html == null) {
            return ""; // a post saved with a title only
        }
        String text = TAGS.matcher(html).replaceAll(" ");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> {
            String code = m.group(1);
            int cp = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(Character.toString(cp)) : "";
        });
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String clip(String text) {
        if (text.length() <= MAX_CHARS - 2) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS - 2);
        return text.substring(0, cut > 0 ? cut : MAX_CHARS - 2) + " …";
    }
}
