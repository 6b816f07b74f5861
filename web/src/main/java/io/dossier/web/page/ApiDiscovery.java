package io.dossier.web.page;

/**
 * How a page points clients at the WordPress-compatible API, as WordPress does on every page: the
 * API's root ({@code rel="https://api.w.org/"}) and, for a post or a page, its own entry there
 * ({@code rel="alternate"; type="application/json"}), both in a {@code Link} header and in the head.
 *
 * @param root the absolute address of {@code /wp-json/}
 * @param alternate the absolute address of what the page shows in the API, or null
 */
public record ApiDiscovery(String root, String alternate) {

    /** The relation WordPress's clients look for. */
    public static final String REL = "https://api.w.org/";

    /** The links of a page showing {@code content}, on {@code origin} (the site's address). Previews have no entry. */
    public static ApiDiscovery of(MainContent content, String origin) {
        String root = origin + "/wp-json/";
        String alternate = switch (content) {
            case MainContent.Post(var post, boolean preview) -> preview ? null : root + "wp/v2/posts/" + post.id();
            case MainContent.StaticPage(var page) -> root + "wp/v2/pages/" + page.id();
            default -> null;
        };
        return new ApiDiscovery(root, alternate);
    }

    /** The value of the {@code Link} header. */
    public String header() {
        String api = "<" + root + ">; rel=\"" + REL + "\"";
        return alternate == null ? api : api + ", <" + alternate + ">; rel=\"alternate\"; type=\"application/json\"";
    }
}
