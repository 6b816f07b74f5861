package io.dossier.web.routing;

import java.time.LocalDate;
import java.util.List;

/** What a public URL asks for. The router stores it as a request attribute for the view's backing bean. */
public sealed interface Route {

    String ATTRIBUTE = Route.class.getName();

    /** A route rendered by a Facelets view. */
    sealed interface Viewed extends Route {
        /** The Facelets view that renders this route. */
        String view();
    }

    /** A list of posts: the front page and every archive. */
    sealed interface Listing extends Viewed {
        int page();

        /** The URL of page 1 of this list (without query string). */
        String base();

        @Override
        default String view() {
            return "/views/archive.xhtml";
        }
    }

    record Home(int page) implements Listing {
        public String base() {
            return "/";
        }
    }

    record CategoryArchive(List<String> slugs, int page) implements Listing {
        public String base() {
            return "/category/" + String.join("/", slugs) + "/";
        }
    }

    record TagArchive(String slug, int page) implements Listing {
        public String base() {
            return "/tag/" + slug + "/";
        }
    }

    record AuthorArchive(String slug, int page) implements Listing {
        public String base() {
            return "/author/" + slug + "/";
        }
    }

    /** {@code /2016/}, {@code /2016/06/} or {@code /2016/06/01/}: month and day may be null. */
    record DateArchive(int year, Integer month, Integer day, int page) implements Listing {
        public String base() {
            return day != null
                    ? "/%04d/%02d/%02d/".formatted(year, month, day)
                    : month != null ? "/%04d/%02d/".formatted(year, month) : "/%04d/".formatted(year);
        }
    }

    /** Posts about a person or organisation; routed only for its feed ({@code /person/slug/feed/}). */
    record ProfileArchive(String kind, String slug, int page) implements Listing {
        public String base() {
            return "/" + kind + "/" + slug + "/";
        }
    }

    record Search(String terms, int page) implements Listing {
        public String base() {
            return "/";
        }
    }

    record SinglePost(LocalDate date, String slug) implements Viewed {
        public String view() {
            return "/views/post.xhtml";
        }
    }

    /** A post in any status as it will look, for those who may edit it ({@code /admin/preview/ID}). */
    record PostPreview(long postId) implements Viewed {
        public String view() {
            return "/views/post.xhtml";
        }
    }

    /** A page by its path, "parent/child". */
    record SinglePage(String path) implements Viewed {
        public String view() {
            return "/views/page.xhtml";
        }
    }

    /** A path under a plugin's own first segment ({@code /tags/}, {@code /person/jane/page/2/}). */
    record PluginPath(List<String> segments, int page) implements Viewed {
        public String view() {
            return "/views/plugin-page.xhtml";
        }
    }

    /** The feed of a list in a format: "" is the default format ({@code /feed/}), else {@code /feed/<format>/}. */
    record Feed(Listing listing, String format) implements Route {

        /** This feed's own path, e.g. "/category/news/feed/atom/". */
        public String path() {
            return listing.base() + "feed/" + (format.isEmpty() ? "" : format + "/");
        }
    }
}
