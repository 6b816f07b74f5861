package io.dossier.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.persistence.ContentStore;
import io.dossier.core.persistence.TestDatabase;
import io.dossier.core.security.Actor;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.vocabulary.Role;
import io.dossier.web.routing.Route;
import io.dossier.web.routing.RouteParser;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a reader's address resolves to, from the URL to the page model or the redirect or the status,
 * on the demo site in a real H2 database: the resolver wired by hand as CDI wires it, no Faces, no
 * request. Plugin pages need the plugin registry and are covered in the container (PublicSiteIT).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageResolverTest {

    private static final String COUNCIL_POST = "/2016/05/24/council-tries-to-gain-influence-on-capitol-hill/";

    private TestDatabase database;
    private ContentStore store;
    private Actor admin;
    /** Who is asking: nobody unless a test logs someone in. */
    private Optional<Actor> caller = Optional.empty();

    private PageResolver resolver;

    @BeforeAll
    void demoSite() throws Exception {
        database = TestDatabase.H2File.fresh();
        store = new ContentStore(database.config());
        store.inTransaction(store.demo::load);
        store.reindex();
        long adminId = store.em
                .createQuery("select u.id from UserAccount u where u.login = 'admin'", Long.class)
                .getSingleResult();
        admin = new Actor(adminId, "admin", Role.ADMINISTRATOR);
        CurrentUser user = new CurrentUser() {
            @Override
            public Optional<Actor> actor() {
                return caller;
            }
        };
        Redirects redirects = new Redirects();
        redirects.posts = store.posts;
        redirects.pages = store.pages;
        redirects.archives = store.archives;
        ListingResolver listings = new ListingResolver();
        listings.archives = store.archives;
        listings.site = store.site;
        listings.people = store.peopleQueries;
        listings.user = user;
        resolver = new PageResolver();
        resolver.posts = store.posts;
        resolver.pages = store.pages;
        resolver.site = store.site;
        resolver.listings = listings;
        resolver.redirects = redirects;
        resolver.previews = store.preview;
        resolver.user = user;
    }

    @AfterAll
    void close() throws Exception {
        store.close();
        database.close();
    }

    /** The outcome for an address as a reader types it (query string and search box empty). */
    private PageResolver.Outcome visit(String path) {
        Route route = assertInstanceOf(RouteParser.Found.class, RouteParser.parse(path, null, null), path)
                .route();
        return resolver.resolve(assertInstanceOf(Route.Viewed.class, route, path));
    }

    private MainContent shown(String path) {
        return assertInstanceOf(PageResolver.Show.class, visit(path), path).content();
    }

    private String movedTo(String path) {
        return assertInstanceOf(PageResolver.MovedTo.class, visit(path), path).path();
    }

    private int failed(String path) {
        return assertInstanceOf(PageResolver.Fail.class, visit(path), path).status();
    }

    @Test
    void aPostShowsAtItsDateAndMovesFromAWrongOne() {
        MainContent.Post post = assertInstanceOf(MainContent.Post.class, shown(COUNCIL_POST));
        assertEquals(
                "Council Tries to Gain Influence on Capitol Hill", post.post().title());
        assertEquals(false, post.preview());
        assertEquals(COUNCIL_POST, movedTo("/2016/05/25/council-tries-to-gain-influence-on-capitol-hill/"));
        assertEquals(404, failed("/2016/05/24/no-such-story/"));
    }

    @Test
    void aRenamedPostAndAMovedPageAnswerWithTheirNewAddress() {
        String newest = "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";
        long id = store.posts
                .publishedWithSlug("veskara-orders-messaging-apps-to-store-data-inside-the-country")
                .orElseThrow()
                .id();
        store.inTransaction(() -> store.postService.rename(id, "veskara-orders-apps-to-store-data-at-home"));
        assertEquals("/2016/06/01/veskara-orders-apps-to-store-data-at-home/", movedTo(newest));

        MainContent.StaticPage about = assertInstanceOf(MainContent.StaticPage.class, shown("/about/"));
        assertEquals("About", about.page().title());
        store.inTransaction(() -> store.pageService.move(about.page().id(), null, "about-us"));
        assertEquals("/about-us/", movedTo("/about/"));
        assertEquals(404, failed("/no-such-page/"));
    }

    @Test
    void listsShowTheirPagesAndNothingPastTheLast() {
        MainContent.PostList front = assertInstanceOf(MainContent.PostList.class, shown("/"));
        assertEquals(29, front.slice().total(), "30 demo posts, one of them scheduled for the future");
        assertEquals(10, front.slice().items().size());
        assertInstanceOf(MainContent.PostList.class, shown("/page/3/"));
        assertEquals(404, failed("/page/4/"));

        MainContent.PostList tag = assertInstanceOf(MainContent.PostList.class, shown("/tag/tomas-hale/"));
        assertEquals("Tag: Tomas Hale", tag.heading());
        assertEquals("/person/tomas-hale/", tag.profile().url(), "the tag of a person links to their profile");
        assertEquals(404, failed("/tag/nobody-at-all/"));

        MainContent.PostList may = assertInstanceOf(MainContent.PostList.class, shown("/2016/05/"));
        assertEquals("Month: May 2016", may.heading());
        assertEquals(404, failed("/2015/01/"), "a month without posts is not a page");
    }

    @Test
    void aCategoryUnderTheWrongParentMovesAndAMergedTagFollowsItsSuccessor() {
        assertInstanceOf(MainContent.PostList.class, shown("/category/news/"));
        assertEquals("/category/news/", movedTo("/category/blog/news/"));
        assertEquals("/category/news/page/2/", movedTo("/category/blog/news/page/2/"));

        long merged = store.inTransaction(() -> store.taxonomy.createTag(admin, "Council Staff", null));
        long hale = store.archives.tag("tomas-hale").orElseThrow().id();
        store.inTransaction(() -> {
            store.taxonomy.mergeTags(admin, merged, hale);
            return null;
        });
        assertEquals("/tag/tomas-hale/", movedTo("/tag/council-staff/"));
    }

    @Test
    void anOldLoginAddressIsFollowedForStaffOnly() {
        assertEquals(404, failed("/author/admin/"), "a reader never learns a login");
        caller = Optional.of(admin);
        try {
            String authorPage = movedTo("/author/admin/");
            assertTrue(authorPage.startsWith("/author/") && !authorPage.equals("/author/admin/"), authorPage);
            assertInstanceOf(MainContent.PostList.class, shown(authorPage));
        } finally {
            caller = Optional.empty();
        }
    }

    @Test
    void aPreviewIsForThoseWhoMayEditIt() {
        long scheduled = store.em
                .createQuery(
                        "select p.id from Post p where p.slug = 'scheduled-our-annual-report-on-foreign-lobbying'",
                        Long.class)
                .getSingleResult();
        String preview = "/?p=" + scheduled + "&preview=true";
        Route.Viewed route = new Route.PostPreview(scheduled);
        assertEquals(
                403,
                assertInstanceOf(PageResolver.Fail.class, resolver.resolve(route), preview)
                        .status());
        caller = Optional.of(admin);
        try {
            MainContent.Post shown = assertInstanceOf(
                    MainContent.Post.class,
                    assertInstanceOf(PageResolver.Show.class, resolver.resolve(route))
                            .content());
            assertTrue(shown.preview());
            assertEquals(
                    "Scheduled: Our Annual Report on Foreign Lobbying",
                    shown.post().title());
            assertEquals(
                    404,
                    assertInstanceOf(PageResolver.Fail.class, resolver.resolve(new Route.PostPreview(-1)))
                            .status());
        } finally {
            caller = Optional.empty();
        }
    }
}
