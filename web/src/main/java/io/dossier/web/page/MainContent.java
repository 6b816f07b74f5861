package io.dossier.web.page;

import io.dossier.core.query.Link;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.spi.PluginPageContent;
import io.dossier.core.support.Slice;
import io.dossier.core.url.Permalinks;
import io.dossier.web.routing.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a public page shows in its main column: exactly one of these per request. */
public sealed interface MainContent {

    /** The page's own address inside the site, for its canonical link; null when it has none. */
    String canonical();

    /** A post on its permalink, or its preview for someone who may edit it. */
    record Post(PostDetail post, boolean preview) implements MainContent {
        public String canonical() {
            return post.seo() == null
                            || post.seo().canonicalUrl() == null
                            || post.seo().canonicalUrl().isBlank()
                    ? post.url()
                    : post.seo().canonicalUrl();
        }
    }

    /** A static page. */
    record StaticPage(PageDetail page) implements MainContent {
        public String canonical() {
            return page.url();
        }
    }

    /**
     * One page of a list of posts: the front page or an archive, with the heading and description
     * of its subject (null on the front page) and the profile its tag stands for (or null).
     */
    record PostList(Route.Listing route, String heading, String description, Link profile, Slice<PostCard> slice)
            implements MainContent {

        public String canonical() {
            return pageUrl(route.page());
        }

        public boolean home() {
            return route instanceof Route.Home;
        }

        /** The newer posts (the previous page), or null on page 1. */
        public String newerUrl() {
            return slice.hasPrevious() ? pageUrl(route.page() - 1) : null;
        }

        /** The older posts (the next page), or null on the last page. */
        public String olderUrl() {
            return slice.hasNext() ? pageUrl(route.page() + 1) : null;
        }

        private String pageUrl(int n) {
            String url = Permalinks.paged(route.base(), n);
            return route instanceof Route.Search search
                    ? url + "?s=" + URLEncoder.encode(search.terms(), StandardCharsets.UTF_8)
                    : url;
        }
    }

    /** A page a plugin rendered under its own path. */
    record PluginPage(Route.PluginPath route, PluginPageContent content) implements MainContent {
        public String canonical() {
            String base = "/" + String.join("/", route.segments()) + "/";
            return route.page() > 1 ? base + "page/" + route.page() + "/" : base;
        }
    }

    /** Nothing lives at the address: the themed 404 page. */
    record NotFound() implements MainContent {
        public String canonical() {
            return null;
        }
    }
}
