package io.dossier.core.cache;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The names a cached page depends on. {@code post:ID} marks a page that shows post ID (its
 * permalink, a card in a list, a widget's link); the {@code list:…} names mark the lists a page
 * shows, which change when a post enters or leaves them. Years are UTC years on both sides, so a
 * date archive and a post agree whatever the site's zone.
 */
public final class CacheTags {

    /** Pages that show the full list of public posts (home, feeds, recent posts, archives widget). */
    public static final String STREAM = "list:all";
    /** Search results: any change to any post may change them. */
    public static final String SEARCH = "search";
    /** Sitemaps: their lastmod moves with every edit. */
    public static final String SITEMAP = "sitemap";
    /** Term counts (tag cloud, categories with counts): move when a post enters or leaves a term. */
    public static final String TERM_COUNTS = "term-counts";

    /** Lists of people and organisations: change when one is edited. */
    public static final String PEOPLE = "people";

    private CacheTags() {}

    public static String post(long id) {
        return "post:" + id;
    }

    public static String category(long id) {
        return "list:category:" + id;
    }

    public static String tag(long id) {
        return "list:tag:" + id;
    }

    public static String person(long id) {
        return "list:person:" + id;
    }

    public static String author(long id) {
        return "list:author:" + id;
    }

    public static String year(int year) {
        return "list:year:" + year;
    }

    public static String year(Instant at) {
        return year(at.atOffset(ZoneOffset.UTC).getYear());
    }
}
