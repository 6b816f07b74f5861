package io.dossier.web.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteParserTest {

    private static Route found(String path) {
        return assertInstanceOf(RouteParser.Found.class, RouteParser.parse(path, null, null))
                .route();
    }

    private static String moved(String path, String query) {
        return assertInstanceOf(RouteParser.Moved.class, RouteParser.parse(path, query, null))
                .location();
    }

    private static void notFound(String path) {
        assertInstanceOf(RouteParser.NotFound.class, RouteParser.parse(path, null, null), path);
    }

    @Test
    void theFrontPageAndItsPages() {
        assertEquals(new Route.Home(1), found("/"));
        assertEquals(new Route.Home(2), found("/page/2/"));
        assertEquals("/", moved("/page/1/", null));
        notFound("/page/0/");
        notFound("/page/x/");
        notFound("/page/");
    }

    @Test
    void postsLiveUnderTheirDate() {
        assertEquals(new Route.SinglePost(LocalDate.of(2016, 6, 1), "hello-world"), found("/2016/06/01/hello-world/"));
        notFound("/2016/02/30/hello-world/");
        notFound("/2016/06/01/hello-world/page/2/");
    }

    @Test
    void dateArchives() {
        assertEquals(new Route.DateArchive(2016, null, null, 1), found("/2016/"));
        assertEquals(new Route.DateArchive(2016, 6, null, 3), found("/2016/06/page/3/"));
        assertEquals(new Route.DateArchive(2016, 6, 1, 1), found("/2016/06/01/"));
        notFound("/2016/13/");
        notFound("/2016/6/");
    }

    @Test
    void taxonomiesAndAuthors() {
        assertEquals(new Route.CategoryArchive(List.of("news", "world"), 2), found("/category/news/world/page/2/"));
        assertEquals(new Route.TagArchive("vafc", 1), found("/tag/vafc/"));
        assertEquals(new Route.AuthorArchive("admin", 1), found("/author/admin/"));
        notFound("/category/");
        notFound("/tag/a/b/");
    }

    @Test
    void everythingElseIsAPagePath() {
        assertEquals(new Route.SinglePage("about"), found("/about/"));
        assertEquals(new Route.SinglePage("council/survey"), found("/council/survey/"));
        assertEquals(
                new Route.PluginPath(List.of("about"), 2), found("/about/page/2/"), "only a plugin page may be paged");
    }

    @Test
    void searchIsTheFrontPageWithAQuery() {
        assertEquals(
                new Route.Search("lobby", 1),
                assertInstanceOf(RouteParser.Found.class, RouteParser.parse("/", "s=lobby", "lobby"))
                        .route());
        assertEquals(
                new Route.Search("lobby", 2),
                assertInstanceOf(RouteParser.Found.class, RouteParser.parse("/page/2/", "s=lobby", " lobby "))
                        .route());
    }

    @Test
    void missingTrailingSlashesRedirectAndKeepTheQuery() {
        assertEquals("/about/", moved("/about", null));
        assertEquals("/tag/x/?utm=1", moved("/tag/x", "utm=1"));
    }

    @Test
    void filesAndOddCharactersAreNotFound() {
        notFound("/wp-login.php");
        notFound("/views/post.xhtml");
        notFound("/a%2Fb/");
        notFound("/<script>/");
    }
}
