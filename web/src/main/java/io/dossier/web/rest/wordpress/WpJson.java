package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries.ApiAuthor;
import io.dossier.core.query.ApiQueries.ApiPage;
import io.dossier.core.query.ApiQueries.ApiPost;
import io.dossier.core.query.ApiQueries.ApiTerm;
import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Dossier's content in the shapes of WordPress's REST API (v2): dates local and GMT without an
 * offset, HTML under {@code rendered}, terms and authors by id. Fields WordPress has and Dossier
 * has not (comments, formats, featured media ids) carry WordPress's "none" values.
 */
final class WpJson {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final String base;
    private final ZoneId zone;

    WpJson(String base, ZoneId zone) {
        this.base = base;
        this.zone = zone;
    }

    /** A post, with its body as the content pipeline rendered it. */
    JsonObject post(ApiPost p, String body) {
        JsonObjectBuilder json = content(
                p.id(),
                "post",
                p.title(),
                p.slug(),
                p.url(),
                p.publishedAt(),
                p.modifiedAt(),
                body,
                p.excerpt(),
                p.authorId());
        return json.add("comment_status", "closed")
                .add("ping_status", "closed")
                .add("sticky", p.sticky())
                .add("format", "standard")
                .add("categories", ids(p.categoryIds()))
                .add("tags", ids(p.tagIds()))
                .add(
                        "_links",
                        links("posts", p.id(), p.authorId())
                                .add(
                                        "wp:term",
                                        JsonFactories.BUILDERS
                                                .createArrayBuilder()
                                                .add(termLink("category", "categories", p.id()))
                                                .add(termLink("post_tag", "tags", p.id())))
                                .add("curies", curies()))
                .build();
    }

    /** A page, with its body as the content pipeline rendered it. */
    JsonObject page(ApiPage p, String body) {
        return content(
                        p.id(),
                        "page",
                        p.title(),
                        p.slug(),
                        p.url(),
                        p.publishedAt(),
                        p.modifiedAt(),
                        body,
                        p.excerpt(),
                        p.authorId())
                .add("parent", p.parentId())
                .add("menu_order", p.menuOrder())
                .add("comment_status", "closed")
                .add("ping_status", "closed")
                .add("template", "")
                .add("_links", pageLinks(p))
                .build();
    }

    JsonObject category(ApiTerm t) {
        JsonObjectBuilder links = self("categories", t.id());
        if (t.parentId() > 0) {
            links.add("up", array(link(api("categories/" + t.parentId()), true)));
        }
        return term(t, "category")
                .add("parent", t.parentId())
                .add("_links", links.add("wp:post_type", array(link(api("posts?categories=" + t.id()), false))))
                .build();
    }

    JsonObject tag(ApiTerm t) {
        return term(t, "post_tag")
                .add(
                        "_links",
                        self("tags", t.id()).add("wp:post_type", array(link(api("posts?tags=" + t.id()), false))))
                .build();
    }

    /** A user as readers may know them: no login name, no email. */
    JsonObject user(ApiAuthor a) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("id", a.id())
                .add("name", a.name())
                .add("url", "")
                .add("description", "")
                .add("link", base + a.url())
                .add("slug", a.slug())
                .add("avatar_urls", JsonFactories.BUILDERS.createObjectBuilder())
                .add("_links", self("users", a.id()))
                .build();
    }

    private JsonObjectBuilder content(
            long id,
            String type,
            String title,
            String slug,
            String url,
            Instant published,
            Instant modified,
            String body,
            String excerpt,
            long author) {
        Instant changed = modified == null ? published : modified;
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("id", id)
                .add("date", WP_DATE.format(published.atZone(zone)))
                .add("date_gmt", WP_DATE.format(published.atOffset(ZoneOffset.UTC)))
                .add("guid", rendered(base + "/?" + (type.equals("page") ? "page_id=" : "p=") + id))
                .add("modified", WP_DATE.format(changed.atZone(zone)))
                .add("modified_gmt", WP_DATE.format(changed.atOffset(ZoneOffset.UTC)))
                .add("slug", slug)
                .add("status", "publish")
                .add("type", type)
                .add("link", base + url)
                .add("title", rendered(title))
                .add("content", rendered(body == null ? "" : body).add("protected", false))
                .add(
                        "excerpt",
                        rendered(excerpt == null ? "" : "<p>" + excerpt + "</p>\n")
                                .add("protected", false))
                .add("author", author)
                .add("featured_media", 0);
    }

    private JsonObjectBuilder term(ApiTerm t, String taxonomy) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("id", t.id())
                .add("count", t.count())
                .add("description", t.description() == null ? "" : t.description())
                .add("link", base + t.url())
                .add("name", t.name())
                .add("slug", t.slug())
                .add("taxonomy", taxonomy);
    }

    /** An address inside the API, {@code route} relative to {@code /wp-json/wp/v2/}. */
    String api(String route) {
        return base + "/wp-json/wp/v2/" + route;
    }

    /** {@code self} and {@code collection}, as every item has them. */
    private JsonObjectBuilder self(String collection, long id) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("self", array(link(api(collection + "/" + id), false)))
                .add("collection", array(link(api(collection), false)));
    }

    /** A post's or page's links: itself, its list and its author, whom {@code _embed} brings along. */
    private JsonObjectBuilder links(String collection, long id, long author) {
        return self(collection, id).add("author", array(link(api("users/" + author), true)));
    }

    private JsonObjectBuilder pageLinks(ApiPage p) {
        JsonObjectBuilder links = links("pages", p.id(), p.authorId());
        if (p.parentId() > 0) {
            links.add("up", array(link(api("pages/" + p.parentId()), true)));
        }
        return links.add("curies", curies());
    }

    private JsonObjectBuilder termLink(String taxonomy, String collection, long postId) {
        return link(api(collection + "?post=" + postId), true).add("taxonomy", taxonomy);
    }

    private static JsonObjectBuilder link(String href, boolean embeddable) {
        JsonObjectBuilder link = JsonFactories.BUILDERS.createObjectBuilder();
        if (embeddable) {
            link.add("embeddable", true);
        }
        return link.add("href", href);
    }

    private static JsonArrayBuilder array(JsonObjectBuilder item) {
        return JsonFactories.BUILDERS.createArrayBuilder().add(item);
    }

    /** WordPress's compact relation names: {@code wp:term} is {@code https://api.w.org/term}. */
    private static JsonArrayBuilder curies() {
        return array(JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("name", "wp")
                .add("href", "https://api.w.org/{rel}")
                .add("templated", true));
    }

    private static JsonObjectBuilder rendered(String html) {
        return JsonFactories.BUILDERS.createObjectBuilder().add("rendered", html);
    }

    private static JsonArrayBuilder ids(List<Long> ids) {
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }
}
