package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.Dependencies;
import io.dossier.core.cache.MembershipQueries;
import io.dossier.core.cache.PostMembership;
import io.dossier.core.model.Page;
import io.dossier.core.model.Post;
import io.dossier.core.model.Tag;
import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.CategoryTree;
import io.dossier.core.query.MenuNode;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PageQuery;
import io.dossier.core.query.PeopleQueries;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostFilter;
import io.dossier.core.query.PostQuery;
import io.dossier.core.query.ProfileCard;
import io.dossier.core.query.SitemapQueries;
import io.dossier.core.query.TermQuery;
import io.dossier.core.service.PageDraft;
import io.dossier.core.service.PostDraft;
import io.dossier.core.support.Slice;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.core.vocabulary.MenuLocations;
import io.dossier.core.vocabulary.PersonKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The content store against a real database: migrations, demo content, the read models the
 * public pages use, the write rules (slugs, redirects, sanitizing) and the SQL each page costs.
 * Run once on H2 and once on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentStoreContract {

    /** Statement budgets per page, measured with the frame (settings, menu, categories) cached. */
    static final int HOME_PAGE_STATEMENTS = 4;

    static final int TAG_ARCHIVE_STATEMENTS = 5;

    TestDatabase database;
    ContentStore store;
    long adminId;

    abstract TestDatabase freshDatabase() throws Exception;

    @BeforeAll
    void loadDemoContent() throws Exception {
        database = freshDatabase();
        store = new ContentStore(database.config());
        store.inTransaction(store.demo::load);
        store.reindex();
        store.inTransaction(() -> {
            store.settings.markInstalled();
            return null;
        });
        adminId = store.em
                .createQuery("select u.id from UserAccount u where u.login = 'admin'", Long.class)
                .getSingleResult();
    }

    @AfterAll
    void closeDatabase() throws Exception {
        store.close();
        database.close();
    }

    @Test
    void theFrontPageListsPublicPostsNewestFirstWithBylinesAndCategories() {
        Slice<PostCard> first = store.posts.list(new PostFilter.All(), 1, 10);
        assertEquals(29, first.total(), "30 demo posts, one of them scheduled for the future");
        assertEquals(10, first.items().size());
        assertEquals(3, first.totalPages());
        PostCard newest = first.items().getFirst();
        assertEquals("Veskara Orders Messaging Apps to Store Data Inside the Country", newest.title());
        assertEquals("/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/", newest.url());
        assertEquals("Site Administrator", newest.author().name());
        assertEquals("Nadia Ferre", newest.credits().getFirst().name());
        assertEquals(
                List.of("Blog", "News"),
                newest.categories().stream().map(c -> c.name()).toList());
        for (int i = 1; i < first.items().size(); i++) {
            assertFalse(first.items()
                    .get(i)
                    .publishedAt()
                    .isAfter(first.items().get(i - 1).publishedAt()));
        }
        assertEquals(9, store.posts.list(new PostFilter.All(), 3, 10).items().size());
        assertTrue(store.posts.list(new PostFilter.All(), 4, 10).items().isEmpty());
    }

    @Test
    void aSinglePostHasItsBodyTagsAndOrderedCredits() {
        PostDetail post = store.posts
                .published(LocalDate.of(2016, 5, 24), "council-tries-to-gain-influence-on-capitol-hill")
                .orElseThrow();
        assertTrue(post.bodyHtml().contains("forty-one congressional offices"));
        assertEquals(
                List.of("Nadia Ferre", "Ruth Lindqvist"),
                post.credits().stream().map(c -> c.name()).toList());
        assertEquals("Research", post.credits().get(1).role());
        assertTrue(post.tags().stream()
                .anyMatch(t -> t.name().equals("Tomas Hale") && t.url().equals("/tag/tomas-hale/")));
        assertTrue(store.posts
                .published(LocalDate.of(2016, 5, 25), "council-tries-to-gain-influence-on-capitol-hill")
                .isEmpty());
    }

    @Test
    void aScheduledPostAppearsWhenItsTimeComesWithoutAnyJob() {
        String slug = "scheduled-our-annual-report-on-foreign-lobbying";
        assertTrue(store.posts.publishedWithSlug(slug).isEmpty());
        store.inTransaction(() -> {
            Post post = store.em
                    .createQuery("select p from Post p where p.slug = :s", Post.class)
                    .setParameter("s", slug)
                    .getSingleResult();
            assertEquals(ContentStatus.SCHEDULED, post.getStatus());
            post.setPublishedAt(Instant.now().minusSeconds(5));
            return null;
        });
        assertTrue(store.posts.publishedWithSlug(slug).isPresent());
        store.inTransaction(() -> {
            store.em
                    .createQuery("select p from Post p where p.slug = :s", Post.class)
                    .setParameter("s", slug)
                    .getSingleResult()
                    .setPublishedAt(Instant.parse("2031-01-15T14:00:00Z"));
            return null;
        });
        assertTrue(store.posts.publishedWithSlug(slug).isEmpty());
    }

    @Test
    void theOrganisationPageHasElevenSubPagesAndTheirPathsNest() {
        PageDetail vafc = store.pages
                .publishedAt("veskaran-american-friendship-council-vafc")
                .orElseThrow();
        assertEquals(11, vafc.children().size());
        assertEquals("Phantom Memberships", vafc.children().getFirst().name());
        PageDetail survey = store.pages
                .publishedAt("veskaran-american-friendship-council-vafc/survey")
                .orElseThrow();
        assertEquals("/veskaran-american-friendship-council-vafc/survey/", survey.url());
        assertEquals(
                List.of("Veskaran-American Friendship Council (VAFC)"),
                survey.ancestors().stream().map(a -> a.name()).toList());
        assertEquals(
                3,
                store.pages
                        .publishedAt("the-apologists")
                        .orElseThrow()
                        .children()
                        .size());
    }

    @Test
    void thePrimaryMenuNestsLikeTheSeedSite() {
        List<MenuNode> menu = store.site.menu(MenuLocations.PRIMARY);
        assertEquals(
                List.of(
                        "Home",
                        "About",
                        "Current Trend",
                        "Friendship Council (VAFC)",
                        "The Apologists",
                        "Blog",
                        "Links",
                        "Media Reports"),
                menu.stream().map(MenuNode::label).toList());
        assertEquals(11, menu.get(3).children().size());
        assertEquals("/category/blog/", menu.get(5).url());
    }

    @Test
    void archivesFilterByCategoryTagAuthorDateAndWords() {
        CategoryTree tree = store.site.categories();
        long news = tree.bySlug("news").orElseThrow().id();
        long newsCount = store.posts
                .list(new PostFilter.InCategories(tree.selfAndDescendants(news)), 1, 100)
                .total();
        long tagged = store.posts
                .list(
                        new PostFilter.WithTag(
                                store.archives.tag("vafc").orElseThrow().id()),
                        1,
                        100)
                .total();
        long byNadia = store.posts
                .list(
                        new PostFilter.ByAuthor(store.archives
                                .author("nadia-ferre")
                                .orElseThrow()
                                .id()),
                        1,
                        100)
                .total();
        ZoneId zone = store.site.site().zone();
        long june2016 = store.posts
                .list(
                        new PostFilter.PublishedBetween(
                                LocalDate.of(2016, 6, 1).atStartOfDay(zone).toInstant(),
                                LocalDate.of(2016, 7, 1).atStartOfDay(zone).toInstant()),
                        1,
                        100)
                .total();
        long search =
                store.posts.list(new PostFilter.Matching("SATELLITE"), 1, 100).total();
        assertEquals(15, newsCount);
        assertEquals(11, tagged);
        assertEquals(9, byNadia);
        assertEquals(1, june2016);
        assertEquals(1, search);
        assertEquals(0, store.posts.list(new PostFilter.Matching("%_"), 1, 10).total(), "LIKE wildcards are literal");
    }

    @Test
    void peopleAreCreditedMentionedAndRelated() {
        PeopleQueries people = store.peopleQueries;
        var marek = people.profile(PersonKind.PERSON, "marek-dalvi").orElseThrow();
        assertEquals("/person/marek-dalvi/", marek.url());
        assertEquals(
                5,
                store.posts.list(new PostFilter.AboutPerson(marek.id()), 1, 10).total(),
                "tagged with a tag that stands for him");
        long nadia =
                people.profile(PersonKind.PERSON, "nadia-ferre").orElseThrow().id();
        assertEquals(
                14, store.posts.list(new PostFilter.AboutPerson(nadia), 1, 10).total(), "credited in the byline");

        PostDetail post = store.posts
                .published(LocalDate.of(2016, 5, 24), "council-tries-to-gain-influence-on-capitol-hill")
                .orElseThrow();
        assertEquals(
                List.of("Nadia Ferre", "Ruth Lindqvist", "Tomas Hale", "Veskaran-American Friendship Council"),
                people.inPost(post.id()).stream().map(c -> c.name()).toList());
        assertEquals("Mentioned", people.inPost(post.id()).get(2).roleInPost());
        var related = people.related(post.id(), 5);
        assertEquals(5, related.size());
        assertTrue(related.stream().noneMatch(r -> r.post().id() == post.id()));
        assertTrue(
                related.getFirst().shared().size() >= related.getLast().shared().size());
        assertEquals(
                "/person/marek-dalvi/",
                people.profileOfTag(
                                store.archives.tag("marek-dalvi").orElseThrow().id())
                        .orElseThrow()
                        .url());
    }

    @Test
    void thePeopleOfAListOfPostsCostTwoStatementsAndMatchEachPostsOwn() {
        PeopleQueries people = store.peopleQueries;
        List<Long> ids = store.posts.list(new PostFilter.All(), 1, 40).items().stream()
                .map(c -> c.id())
                .toList();
        Map<Long, List<ProfileCard>> together = new HashMap<>();
        int statements = store.statementsFor(() -> together.putAll(people.inPosts(ids)));
        assertEquals(2, statements, "credits and tags, for all 40 posts");
        for (long id : ids) {
            assertEquals(people.inPost(id), together.getOrDefault(id, List.of()), "post " + id);
        }
        assertTrue(together.values().stream().anyMatch(cards -> cards.size() > 1), "the demo credits and tags people");
    }

    @Test
    void sitemapsListEveryPublicAddressWithItsLastChange() {
        SitemapQueries sitemaps = new SitemapQueries(store.em, store.site, store.listMemo);
        assertTrue(sitemaps.count(SitemapQueries.Section.POSTS) >= 29);
        assertEquals(20, sitemaps.count(SitemapQueries.Section.PAGES) - extraPages());
        assertEquals(3, sitemaps.count(SitemapQueries.Section.ORGANIZATIONS));
        var posts = sitemaps.entries(SitemapQueries.Section.POSTS, 1);
        assertTrue(posts.stream()
                .anyMatch(e -> e.path()
                        .equals("/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/")));
        assertTrue(posts.stream().noneMatch(e -> e.path().contains("scheduled-our-annual-report")));
        assertTrue(posts.stream().allMatch(e -> e.lastModified() != null));
        assertTrue(sitemaps.entries(SitemapQueries.Section.POSTS, 2).isEmpty());
        assertTrue(sitemaps.lastModified(SitemapQueries.Section.TAGS, 1) != null);
        assertEquals(
                "/category/news/",
                sitemaps.entries(SitemapQueries.Section.CATEGORIES, 1).get(1).path());
    }

    @Test
    void sitemapFilesSplitThePublicPostsInIdOrderWithoutGapsOrRepeats() {
        List<String> expected = store.em
                .createQuery(
                        "select p.slug from Post p where p.status in :public and p.publishedAt <= :now"
                                + " order by p.id",
                        String.class)
                .setParameter("public", ContentStatus.PUBLIC)
                .setParameter("now", Instant.now())
                .getResultList();
        SitemapQueries sitemaps = new SitemapQueries(store.em, store.site, store.listMemo, 7);
        long files = (sitemaps.count(SitemapQueries.Section.POSTS) + 6) / 7;
        assertEquals(expected.size(), sitemaps.count(SitemapQueries.Section.POSTS));
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= files; n++) {
            var file = sitemaps.entries(SitemapQueries.Section.POSTS, n);
            assertTrue(file.size() == 7 || n == files, "file " + n + " holds " + file.size());
            assertEquals(
                    file.stream()
                            .map(SitemapQueries.Entry::lastModified)
                            .max(Instant::compareTo)
                            .orElseThrow(),
                    sitemaps.lastModified(SitemapQueries.Section.POSTS, n));
            file.forEach(e -> listed.add(e.path().replaceAll(".*/([^/]+)/$", "$1")));
        }
        assertEquals(expected, listed, "every public post once, drafts and scheduled posts left out");
        assertTrue(
                sitemaps.entries(SitemapQueries.Section.POSTS, (int) files + 1).isEmpty());
    }

    /** Pages other tests of this class created. */
    private long extraPages() {
        return store.em
                .createQuery(
                        "select count(p) from Page p where p.path like '2016%' or p.path like 'new-parent%'",
                        Long.class)
                .getSingleResult();
    }

    @Test
    void newSlugsAvoidCollisionsAndDateArchives() {
        long first = store.inTransaction(() -> store.pageService.create(new PageDraft(
                "2016", null, "<p>x</p>", null, ContentStatus.PUBLISHED, Instant.now(), adminId, null, 0)));
        assertEquals("2016-2", store.em.find(Page.class, first).getPath());
        long a = store.inTransaction(() -> store.postService.create(draft("Same Title", "<p>a</p>")));
        long b = store.inTransaction(() -> store.postService.create(draft("Same Title", "<p>b</p>")));
        assertEquals("same-title", store.em.find(Post.class, a).getSlug());
        assertEquals("same-title-2", store.em.find(Post.class, b).getSlug());
    }

    @Test
    void storedHtmlIsSanitizedButKeepsTheMoreMarker() {
        long id = store.inTransaction(
                () -> store.postService.create(
                        draft(
                                "Sanitized",
                                "<p onclick=\"steal()\">Hello <script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p><!--more--><p>Rest</p>")));
        Post post = store.em.find(Post.class, id);
        assertFalse(post.getBody().contains("script"), post.getBody());
        assertFalse(post.getBody().contains("onclick"), post.getBody());
        assertFalse(post.getBody().contains("javascript:"), post.getBody());
        assertTrue(post.getBody().contains("<!--more-->"));
        assertEquals("Hello x", post.getSummary());
    }

    @Test
    void aRenamedPostKeepsItsOldAddressAsARedirect() {
        long id = store.inTransaction(() -> store.postService.create(draft("Original Name", "<p>text</p>")));
        PostDetail before = store.posts.publishedById(id).orElseThrow();
        store.inTransaction(() -> store.postService.rename(id, "Better Name"));
        PostDetail after = store.posts.publishedById(id).orElseThrow();
        assertTrue(after.url().endsWith("/better-name/"));
        var redirect = store.archives.redirectFrom(before.url()).orElseThrow();
        assertEquals(id, redirect.id());
    }

    @Test
    void aMovedPageTakesItsSubPagesAndLeavesRedirects() {
        long parent = store.inTransaction(() -> store.pageService.create(new PageDraft(
                "Old Parent", null, "<p>p</p>", null, ContentStatus.PUBLISHED, Instant.now(), adminId, null, 0)));
        store.inTransaction(() -> store.pageService.create(new PageDraft(
                "Child", null, "<p>c</p>", null, ContentStatus.PUBLISHED, Instant.now(), adminId, parent, 0)));
        store.inTransaction(() -> store.pageService.move(parent, null, "New Parent"));
        assertTrue(store.pages.publishedAt("new-parent/child").isPresent());
        assertTrue(store.pages.publishedAt("old-parent/child").isEmpty());
        assertTrue(store.archives.redirectFrom("/old-parent/child/").isPresent());
    }

    @Test
    void theHomePageAndATagArchiveCostAFixedNumberOfStatements() {
        store.site.invalidate();
        store.site.site();
        store.site.categories();
        store.site.menu(MenuLocations.PRIMARY);
        int home = store.statementsFor(() -> store.posts.list(new PostFilter.All(), 1, 10));
        assertTrue(home <= HOME_PAGE_STATEMENTS, "home page used " + home + " statements");
        int tag = store.statementsFor(() -> {
            long tagId = store.archives.tag("veskara-lobby").orElseThrow().id();
            store.posts.list(new PostFilter.WithTag(tagId), 1, 10);
        });
        assertTrue(tag <= TAG_ARCHIVE_STATEMENTS, "tag archive used " + tag + " statements");
        int post = store.statementsFor(() ->
                store.posts.published(LocalDate.of(2016, 5, 24), "council-tries-to-gain-influence-on-capitol-hill"));
        assertTrue(post <= 4, "single post used " + post + " statements");
    }

    @Test
    void searchRanksByRelevanceStemsWordsAndHighlightsWhereTheyWereFound() {
        Slice<PostCard> lobbies = store.posts.list(new PostFilter.Matching("lobbies"), 1, 5);
        assertTrue(lobbies.total() > 1, "\"lobbies\" finds posts about the lobby");
        assertTrue(
                lobbies.items().getFirst().title().toLowerCase().contains("lobby"),
                "a title that names it ranks first");
        Slice<PostCard> sanction = store.posts.list(new PostFilter.Matching("sanction"), 1, 5);
        assertTrue(
                sanction.items().stream()
                        .anyMatch(c -> c.highlight() != null && c.highlight().contains("<mark>sanctions</mark>")),
                "the snippet marks the words where the text has them: "
                        + sanction.items().stream().map(PostCard::highlight).toList());
        assertEquals(
                0,
                store.posts.list(new PostFilter.Matching("zyzzogeton"), 1, 10).total());
        assertEquals(
                0, store.posts.list(new PostFilter.Matching("the"), 1, 10).total(), "stop words alone find nothing");

        long scheduled = store.inTransaction(() -> store.postService.create(new PostDraft(
                "Quokkaville Report",
                null,
                "<p><b>Quokkaville</b> &amp; co</p>",
                null,
                ContentStatus.SCHEDULED,
                Instant.now().plusSeconds(3600),
                adminId,
                List.of(),
                List.of(),
                List.of())));
        store.searchIndex.update(store.searchDocuments.of(List.of(scheduled)), List.of());
        assertEquals(
                0,
                store.posts.list(new PostFilter.Matching("quokkaville"), 1, 10).total(),
                "not before its time");
        var later = store.searchIndex.search("quokkaville", 1, 10, Instant.now().plusSeconds(7200));
        assertEquals(List.of(scheduled), later.ids(), "found once it is");
        assertEquals(
                "<mark>Quokkaville</mark> &amp; co",
                later.snippets().get(scheduled),
                "the text escaped, the word marked");

        String filler = "the council met the minister and the committee heard the lobby ".repeat(30);
        long longRead = store.inTransaction(() -> store.postService.create(new PostDraft(
                "A Long Read",
                null,
                "<p>" + filler + "then Quokkaville answered " + filler + "</p>",
                null,
                ContentStatus.SCHEDULED,
                Instant.now().plusSeconds(3600),
                adminId,
                List.of(),
                List.of(),
                List.of())));
        store.searchIndex.update(store.searchDocuments.of(List.of(longRead)), List.of());
        String snippet = store.searchIndex
                .search("quokkaville", 1, 10, Instant.now().plusSeconds(7200))
                .snippets()
                .get(longRead);
        assertTrue(snippet.contains("lobby then <mark>Quokkaville</mark> answered the council"), snippet);
        assertTrue(
                snippet.length() < 300,
                "a passage around the word, not the whole paragraph: " + snippet.length() + " characters");
        store.inTransaction(() -> {
            store.em.remove(store.em.find(Post.class, scheduled));
            store.em.remove(store.em.find(Post.class, longRead));
            return null;
        });
        store.searchIndex.update(List.of(), List.of(scheduled, longRead));
        assertEquals(
                0,
                store.searchIndex
                        .search("quokkaville", 1, 10, Instant.now().plusSeconds(7200))
                        .total(),
                "removed");
    }

    @Test
    void everyPublicPageTypesQueriesCostAFixedNumberOfStatements() {
        store.site.site();
        store.site.categories();
        PeopleQueries people = store.peopleQueries;
        SitemapQueries sitemaps = new SitemapQueries(store.em, store.site, store.listMemo);
        long news = store.site.categories().bySlug("news").orElseThrow().id();
        long author = adminId;
        Instant june = LocalDate.of(2016, 6, 1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("category archive", () -> store.posts.list(new PostFilter.InCategories(Set.of(news)), 1, 10));
        pages.put("author archive", () -> store.posts.list(new PostFilter.ByAuthor(author), 1, 10));
        pages.put(
                "date archive",
                () -> store.posts.list(new PostFilter.PublishedBetween(june, june.plusSeconds(30L * 86400)), 1, 10));
        pages.put("search", () -> store.posts.list(new PostFilter.Matching("lobby"), 1, 10));
        pages.put("deep page", () -> store.posts.list(new PostFilter.All(), 3, 10));
        pages.put("profile", () -> {
            long id = people.profile(PersonKind.PERSON, "nadia-ferre")
                    .orElseThrow()
                    .id();
            store.posts.list(new PostFilter.AboutPerson(id), 1, 10);
        });
        pages.put("feed", () -> store.posts.feed(new PostFilter.All(), 10));
        pages.put("recent posts", () -> store.posts.recent(5));
        pages.put("tag cloud", () -> store.posts.tagCounts(45, null));
        pages.put(
                "related posts",
                () -> people.related(
                        store.posts
                                .list(new PostFilter.All(), 1, 1)
                                .items()
                                .getFirst()
                                .id(),
                        5));
        pages.put("posts sitemap", () -> sitemaps.entries(SitemapQueries.Section.POSTS, 1));
        for (var page : pages.entrySet()) {
            int statements = store.statementsFor(page.getValue());
            assertTrue(statements <= 8, page.getKey() + " used " + statements + " statements");
        }
    }

    @Test
    void listsOfEveryKindAndLengthPageNewestFirst() {
        // Lists of every length (the site's, a popular and a rarer term's, a person's) page through their kept order
        // alike.
        long many = store.inTransaction(() -> store.taxonomy.tag("Many Posts Tag"));
        long few = store.inTransaction(() -> store.taxonomy.tag("Few Posts Tag"));
        long ruth = store.peopleQueries
                .profile(PersonKind.PERSON, "ruth-lindqvist")
                .orElseThrow()
                .id();
        Instant base = Instant.parse("2019-03-01T12:00:00Z");
        List<Long> created = new ArrayList<>();
        List<Long> hidden = new ArrayList<>();
        try {
            store.inTransaction(() -> {
                for (int i = 0; i < 530; i++) {
                    ContentStatus status = i % 100 == 7
                            ? ContentStatus.DRAFT
                            : i == 3 ? ContentStatus.SCHEDULED : ContentStatus.PUBLISHED;
                    Instant at = i == 3
                            ? Instant.now().plusSeconds(86_400)
                            : base.plusSeconds(3600L * (i / 2)); // pairs share a time
                    long id = store.postService.create(new PostDraft(
                            "Listed " + i,
                            "listed-" + i,
                            "<p>x</p>",
                            null,
                            status,
                            at,
                            adminId,
                            List.of(),
                            i % 5 == 0 ? List.of(many, few) : List.of(many),
                            List.of(new PostDraft.CreditDraft(
                                    ruth, i == 0 ? null : "Research")))); // a byline may have no role
                    created.add(id);
                    if (status != ContentStatus.PUBLISHED) {
                        hidden.add(id);
                    }
                }
                return null;
            });
            Comparator<Long> newest = Comparator.<Long, Instant>comparing(
                            id -> store.em.find(Post.class, id).getPublishedAt())
                    .thenComparing(id -> id)
                    .reversed();
            List<Long> all = created.stream()
                    .filter(id -> !hidden.contains(id))
                    .sorted(newest)
                    .toList();
            List<Long> fifth =
                    all.stream().filter(id -> created.indexOf(id) % 5 == 0).toList();
            assertPages(new PostFilter.WithTag(many), all);
            assertPages(new PostFilter.WithTag(few), fifth);
            String newestPublic = "select p.id from Post p where p.status in :public and p.publishedAt <= :now ";
            String order = " order by p.publishedAt desc, p.id desc";
            assertPages(
                    new PostFilter.All(),
                    store.em
                            .createQuery(newestPublic + order, Long.class)
                            .setParameter("public", ContentStatus.PUBLIC)
                            .setParameter("now", Instant.now())
                            .getResultList());
            assertPages(
                    new PostFilter.ByAuthor(adminId),
                    store.em
                            .createQuery(newestPublic + "and p.authorId = :author" + order, Long.class)
                            .setParameter("public", ContentStatus.PUBLIC)
                            .setParameter("now", Instant.now())
                            .setParameter("author", adminId)
                            .getResultList());
            Instant from = base.plusSeconds(3600L * 10);
            Instant until = base.plusSeconds(3600L * 200);
            assertPages(
                    new PostFilter.PublishedBetween(from, until),
                    all.stream()
                            .filter(id -> !store.em
                                            .find(Post.class, id)
                                            .getPublishedAt()
                                            .isBefore(from)
                                    && store.em
                                            .find(Post.class, id)
                                            .getPublishedAt()
                                            .isBefore(until))
                            .toList());
            List<Long> aboutRuth = store.posts.list(new PostFilter.AboutPerson(ruth), 1, 1000).items().stream()
                    .map(PostCard::id)
                    .filter(created::contains)
                    .toList();
            assertEquals(all, aboutRuth, "credited posts, with the demo's, newest first");
        } finally {
            store.inTransaction(() -> {
                created.forEach(id -> store.em.remove(store.em.find(Post.class, id)));
                store.em.remove(store.em.find(Tag.class, many));
                store.em.remove(store.em.find(Tag.class, few));
                return null;
            });
            store.listMemo.clear();
        }
    }

    /** Every page of a list of ten holds the expected posts in order, and the total counts them once. */
    private void assertPages(PostFilter filter, List<Long> expected) {
        int pages = (expected.size() + 9) / 10;
        for (int page = 1; page <= pages + 1; page++) {
            Slice<PostCard> slice = store.posts.list(filter, page, 10);
            assertEquals(expected.size(), slice.total(), filter + " total");
            assertEquals(
                    expected.subList(Math.min((page - 1) * 10, expected.size()), Math.min(page * 10, expected.size())),
                    slice.items().stream().map(PostCard::id).toList(),
                    filter + " page " + page);
        }
    }

    @Test
    void thePageCacheKnowsWhichListsEachPublicPostIsIn() {
        MembershipQueries queries = new MembershipQueries(store.em);
        Map<Long, PostMembership> all = new HashMap<>();
        queries.all(m -> all.put(m.id(), m));
        assertEquals(store.posts.list(new PostFilter.All(), 1, 1).total(), all.size(), "every public post, once");

        PostDetail post = store.posts
                .published(LocalDate.of(2016, 5, 24), "council-tries-to-gain-influence-on-capitol-hill")
                .orElseThrow();
        var membership = queries.of(List.of(post.id())).get(post.id());
        assertEquals(membership.lists(), all.get(post.id()).lists(), "the same whether read alone or with all");
        PeopleQueries people = store.peopleQueries;
        long nadia =
                people.profile(PersonKind.PERSON, "nadia-ferre").orElseThrow().id();
        long tomas =
                people.profile(PersonKind.PERSON, "tomas-hale").orElseThrow().id();
        assertTrue(membership.lists().contains(CacheTags.person(nadia)), "credited");
        assertTrue(membership.lists().contains(CacheTags.person(tomas)), "named by one of its tags");
        assertTrue(membership.lists().contains(CacheTags.year(2016)));
        long lobby = store.archives.tag("veskara-lobby").orElseThrow().id();
        assertEquals(
                store.posts.list(new PostFilter.WithTag(lobby), 1, 1).total(),
                all.values().stream()
                        .filter(m -> m.concerns(ContentKind.TAG, lobby))
                        .count());

        try (var recording = Dependencies.record()) {
            List<PostCard> cards =
                    store.posts.list(new PostFilter.WithTag(lobby), 1, 3).items();
            assertTrue(recording.tags().contains(CacheTags.tag(lobby)), "a list names itself");
            cards.forEach(c -> assertTrue(recording.tags().contains(CacheTags.post(c.id())), "and each post it shows"));
        }
        assertTrue(queries.of(List.of(-1L)).isEmpty(), "a post that is not public is in no list");
    }

    @Test
    void postListsTakeWordPressParameters() {
        PostQuery newest = PostQuery.newest(1, 100);
        Slice<ApiQueries.ApiPost> all = store.api.posts(newest);
        assertEquals(store.api.posts(new PostFilter.All(), 1, 10).total(), all.total());
        assertEquals(
                ids(all), ids(store.api.posts(with(newest, q -> q.offset(0)))), "the site's list and a query agree");
        long hale = store.archives.tag("tomas-hale").orElseThrow().id();
        long vafc = store.archives.tag("vafc").orElseThrow().id();
        long news = store.site.categories().bySlug("news").orElseThrow().id();

        List<Long> withHale = ids(store.api.posts(with(newest, q -> q.tags(List.of(hale)))));
        assertEquals(
                ids(store.api.posts(new PostFilter.WithTag(hale), 1, 100)), withHale, "the same posts, newest first");
        var haleNotVafc =
                store.api.posts(with(newest, q -> q.tags(List.of(hale)).tagsExclude(List.of(vafc))));
        assertTrue(haleNotVafc.items().stream()
                .allMatch(p -> p.tagIds().contains(hale) && !p.tagIds().contains(vafc)));
        assertTrue(haleNotVafc.total() < withHale.size(), "some of Tomas Hale's posts are tagged VAFC too");
        assertTrue(
                store.api.posts(with(newest, q -> q.tags(List.of(hale)).categories(List.of(news)))).items().stream()
                        .allMatch(p ->
                                p.tagIds().contains(hale) && p.categoryIds().contains(news)),
                "both, as tax_relation AND");

        Instant from = Instant.parse("2016-05-23T00:00:00Z");
        Instant until = Instant.parse("2016-05-26T00:00:00Z");
        var may = store.api.posts(with(newest, q -> q.after(from).before(until)));
        assertFalse(may.items().isEmpty());
        assertTrue(may.items().stream()
                .allMatch(p -> p.publishedAt().isAfter(from) && p.publishedAt().isBefore(until)));

        ApiQueries.ApiPost first = all.items().getFirst();
        ApiQueries.ApiPost second = all.items().get(1);
        assertEquals(
                List.of(second.id(), first.id()),
                ids(store.api.posts(with(
                        newest, q -> q.include(List.of(second.id(), first.id())).orderBy(PostQuery.Order.INCLUDE)))));
        assertEquals(
                List.of(second.id(), first.id()),
                ids(store.api.posts(with(
                        newest,
                        q -> q.slugs(List.of(second.slug(), first.slug())).orderBy(PostQuery.Order.INCLUDE_SLUGS)))));
        assertFalse(ids(store.api.posts(with(newest, q -> q.exclude(List.of(first.id())))))
                .contains(first.id()));
        assertEquals(
                ids(store.api.posts(with(PostQuery.newest(2, 3), q -> q))),
                ids(store.api.posts(with(PostQuery.newest(1, 3), q -> q.offset(3)))),
                "offset 3 is the second page of three");
        List<String> titles =
                store
                        .api
                        .posts(with(
                                newest, q -> q.orderBy(PostQuery.Order.TITLE).descending(false)))
                        .items()
                        .stream()
                        .map(p -> p.title().toLowerCase(java.util.Locale.ROOT))
                        .toList();
        assertEquals(titles.stream().sorted().toList(), titles);
        assertEquals(
                List.of(first.authorId()),
                store.api.posts(with(newest, q -> q.authors(List.of(first.authorId())))).items().stream()
                        .map(ApiQueries.ApiPost::authorId)
                        .distinct()
                        .toList());

        var council = store.api.posts(with(newest, q -> q.search("council").orderBy(PostQuery.Order.RELEVANCE)));
        List<Boolean> inTitle = council.items().stream()
                .map(p -> p.title().toLowerCase(java.util.Locale.ROOT).contains("council"))
                .toList();
        assertTrue(inTitle.contains(true) && inTitle.contains(false), inTitle.toString());
        assertEquals(
                inTitle.stream().sorted(java.util.Comparator.reverseOrder()).toList(), inTitle, "title matches first");
        var councilPaged = store.api.posts(with(
                PostQuery.newest(1, 2),
                q -> q.search("council").orderBy(PostQuery.Order.RELEVANCE).offset(inTitle.indexOf(false) - 1)));
        assertEquals(
                ids(council).subList(inTitle.indexOf(false) - 1, inTitle.indexOf(false) + 1),
                ids(councilPaged),
                "a window across both");

        store.inTransaction(() -> {
            store.em.find(Post.class, second.id()).setSticky(true);
            return null;
        });
        assertEquals(List.of(second.id()), ids(store.api.posts(with(newest, q -> q.sticky(true)))));
        assertFalse(ids(store.api.posts(with(newest, q -> q.sticky(false)))).contains(second.id()));
        store.inTransaction(() -> {
            store.em.find(Post.class, second.id()).setSticky(false);
            return null;
        });
        for (int size : List.of(10, 40)) {
            int statements = store.statementsFor(() -> store.api.posts(
                    with(PostQuery.newest(1, size), q -> q.tags(List.of(hale)).search("a"))));
            assertTrue(statements <= 8, size + " posts used " + statements + " statements");
        }
    }

    private static PostQuery with(PostQuery query, java.util.function.UnaryOperator<PostQueryBuilder> change) {
        return change.apply(new PostQueryBuilder(query)).build();
    }

    private static List<Long> ids(Slice<ApiQueries.ApiPost> posts) {
        return posts.items().stream().map(ApiQueries.ApiPost::id).toList();
    }

    /** A post query to vary a few parameters at a time, as a client's query string does. */
    private static final class PostQueryBuilder {
        private final PostQuery base;
        private List<Long> include;
        private List<Long> exclude;
        private List<String> slugs;
        private List<Long> authors;
        private List<Long> categories;
        private List<Long> tags;
        private List<Long> tagsExclude;
        private Instant after;
        private Instant before;
        private Boolean sticky;
        private String search;
        private PostQuery.Order orderBy;
        private boolean descending;
        private Integer offset;

        PostQueryBuilder(PostQuery q) {
            base = q;
            include = q.include();
            exclude = q.exclude();
            slugs = q.slugs();
            authors = q.authors();
            categories = q.categories();
            tags = q.tags();
            tagsExclude = q.tagsExclude();
            after = q.after();
            before = q.before();
            sticky = q.sticky();
            search = q.search();
            orderBy = q.orderBy();
            descending = q.descending();
            offset = q.offset();
        }

        PostQueryBuilder include(List<Long> v) {
            include = v;
            return this;
        }

        PostQueryBuilder exclude(List<Long> v) {
            exclude = v;
            return this;
        }

        PostQueryBuilder slugs(List<String> v) {
            slugs = v;
            return this;
        }

        PostQueryBuilder authors(List<Long> v) {
            authors = v;
            return this;
        }

        PostQueryBuilder categories(List<Long> v) {
            categories = v;
            return this;
        }

        PostQueryBuilder tags(List<Long> v) {
            tags = v;
            return this;
        }

        PostQueryBuilder tagsExclude(List<Long> v) {
            tagsExclude = v;
            return this;
        }

        PostQueryBuilder after(Instant v) {
            after = v;
            return this;
        }

        PostQueryBuilder before(Instant v) {
            before = v;
            return this;
        }

        PostQueryBuilder sticky(Boolean v) {
            sticky = v;
            return this;
        }

        PostQueryBuilder search(String v) {
            search = v;
            return this;
        }

        PostQueryBuilder orderBy(PostQuery.Order v) {
            orderBy = v;
            return this;
        }

        PostQueryBuilder descending(boolean v) {
            descending = v;
            return this;
        }

        PostQueryBuilder offset(Integer v) {
            offset = v;
            return this;
        }

        PostQuery build() {
            return new PostQuery(
                    include,
                    exclude,
                    slugs,
                    authors,
                    base.authorsExclude(),
                    categories,
                    base.categoriesExclude(),
                    tags,
                    tagsExclude,
                    after,
                    before,
                    base.modifiedAfter(),
                    base.modifiedBefore(),
                    sticky,
                    search,
                    orderBy,
                    descending,
                    offset,
                    base.page(),
                    base.perPage());
        }
    }

    @Test
    void pageListsTakeWordPressParameters() {
        List<ApiQueries.ApiPage> all = store.api
                .pages(pageQuery(List.of(), List.of(), null, PageQuery.Order.DATE))
                .items();
        ApiQueries.ApiPage sykes = all.stream()
                .filter(p -> p.slug().equals("gerald-sykes"))
                .findFirst()
                .orElseThrow();
        List<ApiQueries.ApiPage> top = store.api
                .pages(pageQuery(List.of(0L), List.of(), null, PageQuery.Order.MENU_ORDER))
                .items();
        assertFalse(top.isEmpty());
        assertTrue(top.stream().allMatch(p -> p.parentId() == 0));
        assertEquals(
                top.stream().map(ApiQueries.ApiPage::menuOrder).sorted().toList(),
                top.stream().map(ApiQueries.ApiPage::menuOrder).toList());
        var underApologists =
                store.api.pages(pageQuery(List.of(sykes.parentId()), List.of(), null, PageQuery.Order.TITLE));
        assertTrue(underApologists.items().stream().allMatch(p -> p.parentId() == sykes.parentId()));
        assertTrue(underApologists.items().contains(sykes));
        var topAndApologists =
                store.api.pages(pageQuery(List.of(0L, sykes.parentId()), List.of(), null, PageQuery.Order.ID));
        assertEquals(top.size() + underApologists.total(), topAndApologists.total());
        var notUnderApologists =
                store.api.pages(pageQuery(List.of(), List.of(sykes.parentId()), null, PageQuery.Order.ID));
        assertEquals(all.size() - underApologists.total(), notUnderApologists.total(), "top-level pages stay");
        var found = store.api.pages(pageQuery(List.of(), List.of(), "sykes", PageQuery.Order.RELEVANCE));
        assertEquals(sykes.id(), found.items().getFirst().id(), "the page named so comes first");
        assertEquals(
                store.api
                        .pages(pageQuery(List.of(), List.of(), null, PageQuery.Order.ID))
                        .items()
                        .subList(2, 4),
                store.api
                        .pages(new PageQuery(
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                PageQuery.Order.ID,
                                false,
                                2,
                                1,
                                2))
                        .items());
    }

    private static PageQuery pageQuery(
            List<Long> parents, List<Long> parentsExclude, String search, PageQuery.Order order) {
        return new PageQuery(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                parents,
                parentsExclude,
                null,
                null,
                null,
                null,
                null,
                search,
                order,
                false,
                null,
                1,
                100);
    }

    @Test
    void termListsTakeWordPressParameters() {
        long unused = store.inTransaction(() -> store.taxonomy.tag("Zz Unused Label"));
        TermQuery all = TermQuery.byName(1, 100);
        List<ApiQueries.ApiTerm> tags = store.api.tags(all).items();
        assertTrue(tags.stream().anyMatch(t -> t.id() == unused && t.count() == 0));
        ApiQueries.ApiTerm vafc =
                tags.stream().filter(t -> t.slug().equals("vafc")).findFirst().orElseThrow();
        ApiQueries.ApiTerm hale = tags.stream()
                .filter(t -> t.slug().equals("tomas-hale"))
                .findFirst()
                .orElseThrow();

        assertEquals(
                List.of("tomas-hale", "vafc"),
                slugs(store.api.tags(with(all, q -> q.slugs(List.of("vafc", "tomas-hale"))))),
                "by name unless asked otherwise");
        assertEquals(
                List.of("vafc", "tomas-hale"),
                slugs(store.api.tags(with(
                        all, q -> q.slugs(List.of("vafc", "tomas-hale")).orderBy(TermQuery.Order.INCLUDE_SLUGS)))));
        assertEquals(
                List.of(vafc.id(), hale.id()),
                store
                        .api
                        .tags(with(
                                all,
                                q -> q.include(List.of(vafc.id(), hale.id())).orderBy(TermQuery.Order.INCLUDE)))
                        .items()
                        .stream()
                        .map(ApiQueries.ApiTerm::id)
                        .toList());
        assertFalse(slugs(store.api.tags(with(all, q -> q.exclude(List.of(vafc.id())))))
                .contains("vafc"));
        assertEquals(
                List.of("tomas-hale"), slugs(store.api.tags(with(all, q -> q.search("MAS HA")))), "name, any case");
        assertTrue(store.api.tags(with(all, q -> q.search("100%"))).items().isEmpty(), "% is a plain character");

        var nonEmpty = store.api.tags(
                with(all, q -> q.hideEmpty(true).orderBy(TermQuery.Order.COUNT).descending(true)));
        assertTrue(nonEmpty.items().stream().allMatch(t -> t.count() > 0));
        assertEquals(
                tags.size() - nonEmpty.total(),
                tags.stream().filter(t -> t.count() == 0).count());
        assertEquals("vafc", nonEmpty.items().getFirst().slug(), "the most used tag first");

        var paged = store.api.tags(with(TermQuery.byName(2, 3), q -> q));
        var offset = store.api.tags(with(TermQuery.byName(1, 3), q -> q.offset(3)));
        assertEquals(slugs(paged), slugs(offset), "offset 3 is the second page of three");
        assertEquals(tags.size(), offset.total(), "the total is every match, whatever is skipped");

        long post = store.posts
                .publishedWithSlug("council-tries-to-gain-influence-on-capitol-hill")
                .orElseThrow()
                .id();
        List<String> ofPost = slugs(store.api.tags(with(all, q -> q.post(post))));
        assertTrue(ofPost.contains("tomas-hale") && !ofPost.contains("zz-unused-label"), ofPost.toString());
        List<String> categoriesOfPost = slugs(store.api.categories(with(all, q -> q.post(post))));
        assertFalse(categoriesOfPost.isEmpty());
        assertEquals(
                slugs(store.api.categories(all)),
                slugs(store.api.categories(with(all, q -> q.parent(0L)))),
                "the demo's categories are all at the top");
    }

    /** A term query changed by {@code change}, through its builder. */
    private static TermQuery with(TermQuery query, java.util.function.UnaryOperator<TermQueryBuilder> change) {
        return change.apply(new TermQueryBuilder(query)).build();
    }

    /** A term query to vary one parameter at a time, as a client's query string does. */
    private static final class TermQueryBuilder {
        private List<String> slugs;
        private List<Long> include;
        private List<Long> exclude;
        private String search;
        private boolean hideEmpty;
        private Long parent;
        private Long post;
        private TermQuery.Order orderBy;
        private boolean descending;
        private Integer offset;
        private final int page;
        private final int perPage;

        TermQueryBuilder(TermQuery q) {
            slugs = q.slugs();
            include = q.include();
            exclude = q.exclude();
            search = q.search();
            hideEmpty = q.hideEmpty();
            parent = q.parent();
            post = q.post();
            orderBy = q.orderBy();
            descending = q.descending();
            offset = q.offset();
            page = q.page();
            perPage = q.perPage();
        }

        TermQueryBuilder slugs(List<String> value) {
            slugs = value;
            return this;
        }

        TermQueryBuilder include(List<Long> value) {
            include = value;
            return this;
        }

        TermQueryBuilder exclude(List<Long> value) {
            exclude = value;
            return this;
        }

        TermQueryBuilder search(String value) {
            search = value;
            return this;
        }

        TermQueryBuilder hideEmpty(boolean value) {
            hideEmpty = value;
            return this;
        }

        TermQueryBuilder parent(Long value) {
            parent = value;
            return this;
        }

        TermQueryBuilder post(Long value) {
            post = value;
            return this;
        }

        TermQueryBuilder orderBy(TermQuery.Order value) {
            orderBy = value;
            return this;
        }

        TermQueryBuilder descending(boolean value) {
            descending = value;
            return this;
        }

        TermQueryBuilder offset(Integer value) {
            offset = value;
            return this;
        }

        TermQuery build() {
            return new TermQuery(
                    slugs,
                    include,
                    exclude,
                    search,
                    hideEmpty,
                    parent,
                    post,
                    orderBy,
                    descending,
                    offset,
                    page,
                    perPage);
        }
    }

    private static List<String> slugs(Slice<ApiQueries.ApiTerm> terms) {
        return terms.items().stream().map(ApiQueries.ApiTerm::slug).toList();
    }

    @Test
    void theApiListsCostTheSameFewStatementsForTenItemsOrForty() {
        store.site.site();
        store.site.categories();
        for (int size : List.of(10, 40)) {
            int posts = store.statementsFor(() -> store.api.posts(new PostFilter.All(), 1, size));
            assertTrue(posts <= 8, size + " posts used " + posts + " statements");
            int pages = store.statementsFor(() -> store.api.pages(null, null, 1, size));
            assertTrue(pages <= 2, size + " pages used " + pages + " statements");
            int categories = store.statementsFor(() -> store.api.categories(1, size));
            assertTrue(categories <= 3, size + " categories used " + categories + " statements");
            int tags = store.statementsFor(() -> store.api.tags(1, size));
            assertTrue(tags <= 3, size + " tags used " + tags + " statements");
            int search = store.statementsFor(() -> store.api.search("council", 1, size));
            assertTrue(search <= 6, size + " search hits used " + search + " statements");
        }
        var first = store.api.posts(new PostFilter.All(), 1, 40).items();
        assertTrue(first.size() > 10, "more than one page of ten, so the second list really is longer");
        assertTrue(first.stream()
                .anyMatch(p -> !p.categoryIds().isEmpty() && !p.tagIds().isEmpty()));
        var hits = store.api.search("COUNCIL", 1, 100);
        assertEquals(hits.total(), hits.items().size());
        assertEquals("post", hits.items().getFirst().type(), "case-insensitive, posts first");
        assertTrue(hits.items().stream().anyMatch(h -> h.type().equals("organization")));
        assertEquals(0, store.api.search("100%_sure", 1, 10).total(), "% and _ are plain characters");
    }

    private PostDraft draft(String title, String body) {
        return new PostDraft(
                title,
                null,
                body,
                null,
                ContentStatus.PUBLISHED,
                Instant.now().minusSeconds(60),
                adminId,
                List.of(),
                List.of(),
                List.of());
    }
}
