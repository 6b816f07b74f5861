package io.dossier.web.view;

import io.dossier.core.text.JsonFactories;
import io.dossier.core.query.CreditLine;
import io.dossier.core.query.Link;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.url.Permalinks;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What search engines and social networks read in a page's head: absolute canonical URL,
 * OpenGraph and Twitter card tags, robots directives and schema.org JSON-LD (NewsArticle with
 * its credited authors, BreadcrumbList, WebSite with a SearchAction). Computed at render time
 * from the page's own backing bean.
 */
@Named("seo")
@RequestScoped
public class SeoBacking {

    @Inject
    SiteQueries site;
    @Inject
    CanonicalAddress address;
    @Inject
    PostBacking posts;
    @Inject
    PageBacking pages;
    @Inject
    ArchiveBacking archives;

    /** A site path made absolute; an address that already is one (an editor's canonical elsewhere) stays. */
    public String absolute(String path) {
        if (path == null || path.startsWith("https://") || path.startsWith("http://")) {
            return path;
        }
        return base() + path;
    }

    /** The site's absolute address without a trailing slash ({@code https://example.org}). */
    public String siteUrl() {
        return base();
    }

    /** The oEmbed address of a post ({@code web.seo.OEmbedProvider}), for the discovery link. */
    public String oembed(String postPath) {
        return base() + "/wp-json/oembed/1.0/embed?url="
                + java.net.URLEncoder.encode(base() + postPath, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "article" on posts, "website" elsewhere. */
    public String getType() {
        return posts.getPost() != null ? "article" : "website";
    }

    /** An archive listing fewer posts than this is thin: it duplicates a post or two and adds nothing to index. */
    static final int THIN_ARCHIVE = 3;

    /**
     * noindex for previews, search results (endless, user-made addresses) and thin archives: a
     * category, tag, author or date with fewer than {@link #THIN_ARCHIVE} posts. The front page is
     * never noindex, however young the site.
     */
    public String getRobots() {
        Object route = route();
        if (route instanceof Route.PostPreview) {
            return "noindex, nofollow";
        }
        boolean thin = route instanceof Route.Listing && !(route instanceof Route.Home)
                && archives.getSlice() != null && archives.getSlice().total() < THIN_ARCHIVE;
        return route instanceof Route.Search || thin ? "noindex, follow" : null;
    }

    /** The schema.org JSON-LD for this page, safe inside a script element. */
    public String getJsonLd() {
        SiteInfo info = site.site();
        JsonArrayBuilder graph = JsonFactories.BUILDERS.createArrayBuilder();
        PostDetail post = posts.getPost();
        PageDetail page = pages.getPage();
        if (post != null) {
            graph.add(article(post, info));
            graph.add(breadcrumbs(post.categories().isEmpty() ? List.of() : List.of(post.categories().getFirst()),
                    post.title(), post.url()));
        } else if (page != null) {
            graph.add(breadcrumbs(page.ancestors(), page.title(), page.url()));
        } else if (route() instanceof Route.Home) {
            graph.add(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("@type", "WebSite")
                    .add("name", info.title())
                    .add("url", base() + "/")
                    .add("potentialAction", JsonFactories.BUILDERS.createObjectBuilder()
                            .add("@type", "SearchAction")
                            .add("target", base() + "/?s={search_term_string}")
                            .add("query-input", "required name=search_term_string")));
        } else {
            return null;
        }
        return JsonFactories.BUILDERS.createObjectBuilder().add("@context", "https://schema.org").add("@graph", graph).build()
                .toString().replace("</", "<\\/");
    }

    private JsonObjectBuilder article(PostDetail post, SiteInfo info) {
        JsonArrayBuilder authors = JsonFactories.BUILDERS.createArrayBuilder();
        List<CreditLine> credits = post.credits();
        if (credits.isEmpty()) {
            authors.add(JsonFactories.BUILDERS.createObjectBuilder().add("@type", "Person").add("name", post.author().name()));
        }
        for (CreditLine c : credits) {
            authors.add(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("@type", c.kind() == io.dossier.core.vocabulary.PersonKind.ORGANIZATION ? "Organization" : "Person")
                    .add("name", c.name())
                    .add("url", base() + Permalinks.profile(c.kind(), c.slug())));
        }
        JsonObjectBuilder article = JsonFactories.BUILDERS.createObjectBuilder();
        if (post.image() != null) {
            article.add("image", base() + post.image().url());
        }
        return article
                .add("@type", "NewsArticle")
                .add("headline", post.title())
                .add("description", post.summary() == null ? "" : post.summary())
                .add("datePublished", DateTimeFormatter.ISO_INSTANT.format(post.publishedAt()))
                .add("dateModified", DateTimeFormatter.ISO_INSTANT.format(post.modifiedAt()))
                .add("mainEntityOfPage", base() + post.url())
                .add("url", base() + post.url())
                .add("author", authors)
                .add("publisher", JsonFactories.BUILDERS.createObjectBuilder().add("@type", "Organization").add("name", info.title())
                        .add("url", base() + "/"));
    }

    private JsonObjectBuilder breadcrumbs(List<Link> trail, String title, String url) {
        JsonArrayBuilder items = JsonFactories.BUILDERS.createArrayBuilder();
        int position = 1;
        items.add(crumb(position++, site.site().title(), base() + "/"));
        for (Link link : trail) {
            items.add(crumb(position++, link.name(), base() + link.url()));
        }
        items.add(crumb(position, title, base() + url));
        return JsonFactories.BUILDERS.createObjectBuilder().add("@type", "BreadcrumbList").add("itemListElement", items);
    }

    private static JsonObjectBuilder crumb(int position, String name, String url) {
        return JsonFactories.BUILDERS.createObjectBuilder().add("@type", "ListItem").add("position", position).add("name", name).add("item", url);
    }

    private Object route() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(Route.ATTRIBUTE);
    }

    private String base() {
        return address.origin();
    }
}
