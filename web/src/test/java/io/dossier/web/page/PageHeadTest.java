package io.dossier.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.query.CreditLine;
import io.dossier.core.query.ImageLink;
import io.dossier.core.query.Link;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostSeo;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.spi.PageContext;
import io.dossier.core.support.Slice;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.web.routing.Route;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page says about itself, worked out from its main content alone: no Faces, no request, no database. */
class PageHeadTest {

    private static final String ORIGIN = "https://news.example";
    private static final SiteInfo SITE = new SiteInfo(
            "Veskara Watch", "Lobbying, watched", "©", 10, ZoneOffset.UTC, ORIGIN, Instant.EPOCH, 10, null, null, null);
    private static final Instant MAY = Instant.parse("2016-05-24T09:00:00Z");

    private static PostDetail post(PostSeo seo) {
        return new PostDetail(
                7,
                "Council tries to gain influence",
                "/2016/05/24/council/",
                MAY,
                MAY,
                "A summary.",
                "<p>Text</p>",
                new Link("Staff", "/author/staff/"),
                List.of(
                        new CreditLine("Nadia Ferre", "nadia-ferre", PersonKind.PERSON, "Reporter"),
                        new CreditLine("VAFC", "vafc", PersonKind.ORGANIZATION, "Source")),
                List.of(new Link("News", "/category/news/")),
                List.of(),
                new ImageLink("/media/a.jpg", "An office", 800, 600, null),
                seo);
    }

    private static MainContent.PostList list(Route.Listing route, String heading, long total) {
        List<PostCard> cards = List.of();
        return new MainContent.PostList(route, heading, null, null, new Slice<>(cards, route.page(), 10, total));
    }

    @Test
    void aPostIsAnArticleByItsCreditedPeopleWithTheEditorsOverridesFirst() {
        PageHead head = PageHead.of(
                new MainContent.Post(post(new PostSeo("Influence on the Hill", null, null, null)), false),
                SITE,
                ORIGIN);
        assertEquals("Influence on the Hill – ", head.titlePrefix());
        assertEquals("A summary.", head.description(), "no description override: the summary");
        assertEquals(ORIGIN + "/2016/05/24/council/", head.canonicalUrl());
        assertEquals(ORIGIN + "/media/a.jpg", head.socialImageUrl(), "the featured image");
        assertEquals("article", head.type());
        assertNull(head.robots());
        assertTrue(head.jsonLd().contains("\"@type\":\"NewsArticle\""), head.jsonLd());
        assertTrue(
                head.jsonLd()
                        .contains("{\"@type\":\"Organization\",\"name\":\"VAFC\",\"url\":\"" + ORIGIN
                                + "/organization/vafc/\"}"),
                head.jsonLd());
        assertTrue(head.jsonLd().contains("\"BreadcrumbList\""), head.jsonLd());
        assertEquals(
                ORIGIN + "/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fnews.example%2F2016%2F05%2F24%2Fcouncil%2F",
                head.oembedUrl());
        assertEquals("single single-post", head.bodyClass());
    }

    @Test
    void aPreviewIsNeverIndexedAndAnEditorsCanonicalElsewhereStays() {
        PageHead head = PageHead.of(
                new MainContent.Post(
                        post(new PostSeo(
                                null,
                                "Told otherwise.",
                                "https://elsewhere.example/a",
                                new ImageLink("/media/b.jpg", "Another", null, null, null))),
                        true),
                SITE,
                ORIGIN);
        assertEquals("noindex, nofollow", head.robots());
        assertEquals("https://elsewhere.example/a", head.canonicalUrl());
        assertEquals("Told otherwise.", head.description());
        assertEquals(ORIGIN + "/media/b.jpg", head.socialImageUrl(), "the social image override");
    }

    @Test
    void searchesAndThinArchivesAreNotIndexedButTheFrontPageAlwaysIs() {
        assertEquals(
                "noindex, follow",
                PageHead.of(list(new Route.Search("lobby", 1), "Search results", 40), SITE, ORIGIN)
                        .robots());
        assertEquals(
                "noindex, follow",
                PageHead.of(list(new Route.TagArchive("vafc", 1), "VAFC", 2), SITE, ORIGIN)
                        .robots());
        assertNull(PageHead.of(list(new Route.TagArchive("vafc", 1), "VAFC", 3), SITE, ORIGIN)
                .robots());
        PageHead home = PageHead.of(list(new Route.Home(1), null, 0), SITE, ORIGIN);
        assertNull(home.robots(), "however young the site");
        assertTrue(home.jsonLd().contains("\"SearchAction\""), home.jsonLd());
        assertEquals("home blog", home.bodyClass());
        PageHead second = PageHead.of(list(new Route.CategoryArchive(List.of("news"), 2), "News", 40), SITE, ORIGIN);
        assertEquals("News – Page 2 – ", second.titlePrefix());
        assertEquals(ORIGIN + "/category/news/page/2/", second.canonicalUrl());
        assertEquals("archive", second.bodyClass());
    }

    @Test
    void theNotFoundPageHasNoAddressOfItsOwn() {
        PageHead head = PageHead.of(new MainContent.NotFound(), SITE, ORIGIN);
        assertEquals("Page not found – ", head.titlePrefix());
        assertNull(head.canonicalUrl());
        assertEquals("error404", head.bodyClass());
    }

    @Test
    void pluginsSeeWhatKindOfPageTheyAreOn() {
        assertEquals(
                new PageContext("/2016/05/24/council/", PageContext.Kind.POST, 7L, null),
                PageModel.context(new MainContent.Post(post(null), false), "/2016/05/24/council/"));
        PageDetail about = new PageDetail(3, "Team", "/about/team/", MAY, null, "", List.of(), List.of());
        assertEquals(
                "about/team",
                PageModel.context(new MainContent.StaticPage(about), "/about/team/")
                        .pagePath());
        assertEquals(
                PageContext.Kind.HOME,
                PageModel.context(list(new Route.Home(2), null, 20), "/page/2/").kind());
        assertEquals(
                PageContext.Kind.SEARCH,
                PageModel.context(list(new Route.Search("x", 1), "Search", 1), "/")
                        .kind());
        assertEquals(
                PageContext.Kind.ARCHIVE,
                PageModel.context(list(new Route.DateArchive(2016, 5, null, 1), "May", 1), "/2016/05/")
                        .kind());
        assertEquals(
                PageContext.Kind.NOT_FOUND,
                PageModel.context(new MainContent.NotFound(), "/nowhere/").kind());
    }
}
