package io.dossier.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns titles into URL slugs and keeps them unique and clear of the site's own routes. */
public final class Slugs {

    /** Longest slug we generate; the column holds 200. */
    public static final int MAX_LENGTH = 190;

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");

    /** First path segments the router owns; a top-level page may not take them. */
    private static final Set<String> RESERVED_TOP_LEVEL = Set.of(
            "page",
            "category",
            "tag",
            "tags",
            "author",
            "person",
            "organization",
            "feed",
            "search",
            "api",
            "admin",
            "wp-json",
            "wp-admin",
            "wp-content",
            "wp-includes",
            "resources",
            "views",
            "jakarta.faces.resource",
            "static",
            "comments",
            "embed",
            "trackback",
            "sitemap.xml",
            "robots.txt");

    private Slugs() {}

    /** "Trita Parsi’s Café & Co." becomes "trita-parsis-cafe-co"; nothing usable becomes "item". */
    public static String slugify(String text) {
        if (text == null) {
            return "item";
        }
        String plain = COMBINING_MARKS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        String slug = NON_SLUG.matcher(plain).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug an editor asked for, else one made from the title. */
    public static String requestedOrFromTitle(String requested, String title) {
        return slugify(requested == null || requested.isBlank() ? title : requested);
    }

    /** Whether a slug used as the first path segment would shadow a date archive or a route. */
    public static boolean clashesWithRoutes(String slug) {
        return NUMERIC.matcher(slug).matches() || RESERVED_TOP_LEVEL.contains(slug);
    }

    /** {@code base}, else "base-2", "base-3", … : the first one {@code taken} says is free. */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
