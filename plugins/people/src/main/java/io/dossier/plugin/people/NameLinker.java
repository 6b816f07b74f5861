package io.dossier.plugin.people;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the first mention of each name in an HTML fragment. Only text outside tags and outside
 * existing links is touched, and only whole words match.
 */
final class NameLinker {

    /** A name and where it should link. */
    record Target(String name, String url) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private NameLinker() {
    }

    static String link(String html, List<Target> targets) {
        String result = html;
        for (Target target : targets) {
            result = linkFirst(result, target);
        }
        return result;
    }

    private static String linkFirst(String html, Target target) {
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(target.name()) + "(?![\\p{L}\\p{N}])");
        Matcher tags = TAG.matcher(html);
        int textStart = 0;
        int linkDepth = 0;
        while (true) {
            boolean more = tags.find();
            int textEnd = more ? tags.start() : html.length();
            if (linkDepth == 0 && textEnd > textStart) {
                Matcher m = name.matcher(html).region(textStart, textEnd);
                if (m.find()) {
                    return html.substring(0, m.start()) + "<a href=\"" + escape(target.url()) + "\" class=\"profile-link\">"
                            + m.group() + "</a>" + html.substring(m.end());
                }
            }
            if (!more) {
                return html;
            }
            String tag = tags.group().toLowerCase(java.util.Locale.ROOT);
            if (tag.startsWith("<a ") || tag.equals("<a>")) {
                linkDepth++;
            } else if (tag.startsWith("</a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            }
            textStart = tags.end();
        }
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
