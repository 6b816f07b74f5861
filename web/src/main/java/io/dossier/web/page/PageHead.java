package io.dossier.web.page;

import io.dossier.core.query.CreditLine;
import io.dossier.core.query.ImageLink;
import io.dossier.core.query.Link;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.text.JsonFactories;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.web.routing.Route;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a page says about itself to browsers, search engines and social networks: the start of its
 * title, description, absolute canonical URL, social image, robots directive, OpenGraph type,
 * schema.org JSON-LD (NewsArticle with its credited authors, BreadcrumbList, WebSite with a
 * SearchAction), the oEmbed discovery URL and the body's class. Each null when the page has none;
 * the template then falls back to the site's title and tagline.
 */
public record PageHead(
        String titlePrefix,
        String title,
        String description,
        String canonicalUrl,
        ImageLink socialImage,
        String socialImageUrl,
        String robots,
        String type,
        String jsonLd,
        String oembedUrl,
        String bodyClass) {

    /** An archive listing fewer posts than this is thin: it duplicates a post or two and adds nothing to index. */
    static final int THIN_ARCHIVE = 3;

    /** The head of a page showing {@code content}, with links on {@code origin} (the site's address). */
    public static PageHead of(MainContent content, SiteInfo site, String origin) {
        String canonical = absolute(origin, content.canonical());
        return switch (content) {
            case MainContent.Post(PostDetail post, boolean preview) -> {
                String title = or(post.seo() == null ? null : post.seo().title(), post.title());
                ImageLink image = post.seo() != null && post.seo().socialImage() != null
                        ? post.seo().socialImage()
                        : post.image();
                yield new PageHead(
                        title + " – ",
                        title,
                        or(post.seo() == null ? null : post.seo().description(), post.summary()),
                        canonical,
                        image,
                        image == null ? null : absolute(origin, image.url()),
                        preview ? "noindex, nofollow" : null,
                        "article",
                        jsonLd(
                                article(post, site, origin),
                                breadcrumbs(
                                        site,
                                        origin,
                                        post.categories().isEmpty()
                                                ? List.of()
                                                : List.of(post.categories().getFirst()),
                                        post.title(),
                                        post.url())),
                        origin + "/wp-json/oembed/1.0/embed?url="
                                + URLEncoder.encode(origin + post.url(), StandardCharsets.UTF_8),
                        "single single-post");
            }
            case MainContent.StaticPage(var page) ->
                new PageHead(
                        page.title() + " – ",
                        page.title(),
                        page.summary(),
                        canonical,
                        null,
                        null,
                        null,
                        "website",
                        jsonLd(breadcrumbs(site, origin, page.ancestors(), page.title(), page.url())),
                        null,
                        "page");
            case MainContent.PostList list -> {
                boolean thin = !list.home() && list.slice().total() < THIN_ARCHIVE;
                String prefix = (list.heading() == null ? "" : list.heading() + " – ")
                        + (list.slice().page() > 1 ? "Page " + list.slice().page() + " – " : "");
                yield new PageHead(
                        prefix,
                        list.heading(),
                        list.description(),
                        canonical,
                        null,
                        null,
                        list.route() instanceof Route.Search || thin ? "noindex, follow" : null,
                        "website",
                        list.home() ? jsonLd(webSite(site, origin)) : null,
                        null,
                        list.home() ? "home blog" : "archive");
            }
            case MainContent.PluginPage(var route, var page) ->
                new PageHead(
                        page.title() + " – ",
                        page.title(),
                        page.description(),
                        canonical,
                        null,
                        null,
                        null,
                        "website",
                        null,
                        null,
                        "plugin-page");
            case MainContent.NotFound notFound ->
                new PageHead(
                        "Page not found – ", null, null, null, null, null, null, "website", null, null, "error404");
        };
    }

    /** A site path made absolute; an address that already is one (an editor's canonical elsewhere) stays. */
    private static String absolute(String origin, String path) {
        if (path == null || path.startsWith("https://") || path.startsWith("http://")) {
            return path;
        }
        return origin + path;
    }

    private static String or(String override, String fallback) {
        return override == null || override.isBlank() ? fallback : override;
    }

    /** The graph as JSON-LD, safe inside a script element. */
    private static String jsonLd(JsonObjectBuilder... nodes) {
        JsonArrayBuilder graph = JsonFactories.BUILDERS.createArrayBuilder();
        for (JsonObjectBuilder node : nodes) {
            graph.add(node);
        }
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@graph", graph)
                .build()
                .toString()
                .replace("</", "<\\/");
    }

    private static JsonObjectBuilder webSite(SiteInfo site, String origin) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("@type", "WebSite")
                .add("name", site.title())
                .add("url", origin + "/")
                .add(
                        "potentialAction",
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("@type", "SearchAction")
                                .add("target", origin + "/?s={search_term_string}")
                                .add("query-input", "required name=search_term_string"));
    }

    private static JsonObjectBuilder article(PostDetail post, SiteInfo site, String origin) {
        JsonArrayBuilder authors = JsonFactories.BUILDERS.createArrayBuilder();
        List<CreditLine> credits = post.credits();
        if (credits.isEmpty()) {
            authors.add(JsonFactories.BUILDERS
                    .createObjectBuilder()
                    .add("@type", "Person")
                    .add("name", post.author().name()));
        }
        for (CreditLine c : credits) {
            authors.add(JsonFactories.BUILDERS
                    .createObjectBuilder()
                    .add("@type", c.kind() == PersonKind.ORGANIZATION ? "Organization" : "Person")
                    .add("name", c.name())
                    .add("url", origin + Permalinks.profile(c.kind(), c.slug())));
        }
        JsonObjectBuilder article = JsonFactories.BUILDERS.createObjectBuilder();
        if (post.image() != null) {
            article.add("image", origin + post.image().url());
        }
        return article.add("@type", "NewsArticle")
                .add("headline", post.title())
                .add("description", post.summary() == null ? "" : post.summary())
                .add("datePublished", DateTimeFormatter.ISO_INSTANT.format(post.publishedAt()))
                .add("dateModified", DateTimeFormatter.ISO_INSTANT.format(post.modifiedAt()))
                .add("mainEntityOfPage", origin + post.url())
                .add("url", origin + post.url())
                .add("author", authors)
                .add(
                        "publisher",
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("@type", "Organization")
                                .add("name", site.title())
                                .add("url", origin + "/"));
    }

    private static JsonObjectBuilder breadcrumbs(
            SiteInfo site, String origin, List<Link> trail, String title, String url) {
        JsonArrayBuilder items = JsonFactories.BUILDERS.createArrayBuilder();
        int position = 1;
        items.add(crumb(position++, site.title(), origin + "/"));
        for (Link link : trail) {
            items.add(crumb(position++, link.name(), origin + link.url()));
        }
        items.add(crumb(position, title, origin + url));
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("@type", "BreadcrumbList")
                .add("itemListElement", items);
    }

    private static JsonObjectBuilder crumb(int position, String name, String url) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("@type", "ListItem")
                .add("position", position)
                .add("name", name)
                .add("item", url);
    }
}
