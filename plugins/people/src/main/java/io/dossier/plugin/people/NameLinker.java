package io.dossier.plugin.people;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the first mention of each name in an HTML fragment. Only text outside tags and outside
 * existing links is touched, and only whole words match.
 */
final class NameLinker {

    /** A name and where it should link. */
    record Target(String name, String url) {}

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private NameLinker() {}

    static String link(String html, List<Target> targets) {
        String result = html;
        for (Target target : targets) {
            result = linkFirst(result, target);
        }
        return result;
    }

    private static String linkFirst(String html, Target target) {
        String name = target.name();
        if (name.isEmpty()) {
            return html;
        }
        Matcher tags = TAG.matcher(html);
        int textStart = 0;
        int linkDepth = 0;
        while (true) {
            boolean more = tags.find();
            int textEnd = more ? tags.start() : html.length();
            if (linkDepth == 0 && textEnd > textStart) {
                int at = find(html, name, textStart, textEnd);
                if (at >= 0) {
                    int end = at + name.length();
                    return html.substring(0, at) + "<a href=\"" + escape(target.url()) + "\" class=\"profile-link\">"
                            + name + "</a>" + html.substring(end);
                }
            }
            if (!more) {
                return html;
            }
            String tag = tags.group().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<a ") || tag.equals("<a>")) {
                linkDepth++;
            } else if (tag.startsWith("</a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            }
            textStart = tags.end();
        }
    }

    /**
     * Where {@code name} first stands as whole words in {@code html} between {@code from} and {@code to},
     * or -1. A plain search with a look at the characters either side: a regular expression with
     * look-around tried every position of a post's text, a tenth of an uncached post page.
     */
    private static int find(String html, String name, int from, int to) {
        for (int at = html.indexOf(name, from); at >= 0 && at + name.length() <= to; at = html.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == from || !wordCharacter(html.codePointBefore(at));
            boolean endsWord = end == to || !wordCharacter(html.codePointAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    /** A letter or a number of any script (what {@code [\\p{L}\\p{N}]} matches). */
    private static boolean wordCharacter(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
