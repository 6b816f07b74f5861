package io.dossier.core.url;

import io.dossier.core.vocabulary.PersonKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Builds context-relative public URLs. Every URL ends with a slash, like WordPress's
 * "/%year%/%monthnum%/%day%/%postname%/" structure, so links of a migrated site keep working.
 */
public final class Permalinks {

    private Permalinks() {}

    /** A post's URL: its publication date in the site's time zone, then its slug. */
    public static String post(Instant publishedAt, String slug, ZoneId zone) {
        LocalDate date = publishedAt.atZone(zone).toLocalDate();
        return "/%04d/%02d/%02d/%s/".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), slug);
    }

    /** A page's URL from its materialised path ("parent/child"). */
    public static String page(String path) {
        return "/" + path + "/";
    }

    /** A category's URL names its ancestors first: "/category/news/world/". */
    public static String category(List<String> slugsFromRoot) {
        return "/category/" + String.join("/", slugsFromRoot) + "/";
    }

    /** An uploaded file, by its path under the media folder ({@code 2026/11/ab12cd34-name.jpg}). */
    public static String media(String storagePath) {
        return "/media/" + storagePath;
    }

    public static String tag(String slug) {
        return "/tag/" + slug + "/";
    }

    public static String author(String slug) {
        return "/author/" + slug + "/";
    }

    /** A person's profile (served by the people plugin). */
    public static String person(String slug) {
        return "/person/" + slug + "/";
    }

    /** A profile's URL by kind: "/person/slug/" or "/organization/slug/". */
    public static String profile(PersonKind kind, String slug) {
        return kind == PersonKind.ORGANIZATION ? "/organization/" + slug + "/" : person(slug);
    }

    public static String year(int year) {
        return "/%04d/".formatted(year);
    }

    public static String month(int year, int month) {
        return "/%04d/%02d/".formatted(year, month);
    }

    public static String day(int year, int month, int day) {
        return "/%04d/%02d/%02d/".formatted(year, month, day);
    }

    /** Page {@code n} of a list at {@code base}: page 1 is the base itself. */
    public static String paged(String base, int n) {
        return n <= 1 ? base : base + "page/" + n + "/";
    }
}
