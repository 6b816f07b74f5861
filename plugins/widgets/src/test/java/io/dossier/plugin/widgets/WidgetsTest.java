package io.dossier.plugin.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.spi.MonthCount;
import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.PostLink;
import io.dossier.core.spi.PostPage;
import io.dossier.core.spi.Profile;
import io.dossier.core.spi.ProfileCard;
import io.dossier.core.spi.Related;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.spi.TermCount;
import io.dossier.core.spi.WidgetContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WidgetsTest {

    /** A small site: 30 posts, a section "council" with two sub-pages. */
    private static final class Site implements SiteReader {
        final List<Integer> recentAsked = new ArrayList<>();

        @Override
        public List<PostLink> recentPosts(int limit) {
            recentAsked.add(limit);
            return IntStream.range(0, limit)
                    .mapToObj(i -> new PostLink(i, "Post " + i, "/p" + i + "/", Instant.EPOCH))
                    .toList();
        }

        @Override
        public List<NamedLink> childPages(String pagePath) {
            return pagePath.equals("council")
                    ? List.of(
                            new NamedLink("Survey", "/council/survey/"),
                            new NamedLink("Lobbying", "/council/lobbying/"))
                    : List.of();
        }

        @Override
        public Optional<NamedLink> page(String pagePath) {
            return pagePath.equals("council")
                    ? Optional.of(new NamedLink("The Council", "/council/"))
                    : Optional.empty();
        }

        @Override
        public List<TermCount> categories() {
            return List.of(new TermCount("News", "/category/news/", 3));
        }

        @Override
        public List<MonthCount> months() {
            return List.of(new MonthCount(2016, 6, "June 2016", "/2016/06/", 2));
        }

        @Override
        public List<TermCount> tagCounts(int limit, Instant since) {
            return List.of();
        }

        @Override
        public Optional<Profile> profile(String kind, String slug) {
            return Optional.empty();
        }

        @Override
        public PostPage postsAbout(String kind, String slug, int page, int pageSize) {
            return new PostPage(List.of(), 1, 1, 0);
        }

        @Override
        public List<ProfileCard> peopleInPost(long postId) {
            return List.of();
        }

        @Override
        public List<Related> sharingPeopleAndTags(long postId, int limit) {
            return List.of();
        }

        @Override
        public List<Related> related(long postId, int limit) {
            return List.of();
        }

        @Override
        public String safeHtml(String html) {
            return html.replace("<script>", "");
        }
    }

    private final Site site = new Site();

    private WidgetContext context(PageContext page, Map<String, String> settings) {
        return new WidgetContext(page, settings, site);
    }

    private static PageContext home() {
        return new PageContext("/", PageContext.Kind.HOME, null, null);
    }

    @Test
    void recentPostsAsksForTheConfiguredNumberWithinBounds() {
        RecentPostsWidget widget = new RecentPostsWidget();
        assertEquals(5, ((List<?>) widget.model(context(home(), Map.of("count", "5")))).size());
        widget.model(context(home(), Map.of("count", "500")));
        widget.model(context(home(), Map.of("count", "many")));
        assertEquals(List.of(5, 20, 5), site.recentAsked);
    }

    @Test
    void thePageMenuFollowsTheCurrentSectionOrTheConfiguredOne() {
        PageMenuWidget widget = new PageMenuWidget();
        var onSubPage = (PageMenuWidget.PageMenu) widget.model(context(
                new PageContext("/council/survey/", PageContext.Kind.PAGE, null, "council/survey"),
                Map.of("page", "")));
        assertEquals("The Council", onSubPage.section().name());
        assertEquals(2, onSubPage.pages().size());
        var onHome = (PageMenuWidget.PageMenu) widget.model(context(home(), Map.of("page", "council")));
        assertEquals("/council/", onHome.section().url());
        assertNull(widget.model(context(home(), Map.of("page", ""))), "nothing configured: hidden");
        assertNull(
                widget.model(context(new PageContext("/about/", PageContext.Kind.PAGE, null, "about"), Map.of())),
                "a page without sub-pages: hidden");
    }

    @Test
    void linksKeepOnlyLabelledWebAddresses() {
        List<NamedLink> links = LinksWidget.parse("""
                Open Press Alliance | https://opa.example/
                no label
                Bad | javascript:alert(1)
                Local | /about/
                """);
        assertEquals(
                List.of(
                        new NamedLink("Open Press Alliance", "https://opa.example/"),
                        new NamedLink("Local", "/about/")),
                links);
    }

    @Test
    void textIsSanitizedAndOptionalWidgetsWaitToBePlaced() {
        TextWidget text = new TextWidget();
        var html = (TextWidget.SafeHtml) text.model(context(home(), Map.of("html", "<p>Hi</p><script>")));
        assertEquals("<p>Hi</p>", html.html());
        assertNull(text.model(context(home(), Map.of("html", " "))));
        assertFalse(text.enabledByDefault());
        assertTrue(new RecentPostsWidget().enabledByDefault());
        assertTrue(new PageMenuWidget().enabledByDefault());
    }

    @Test
    void everyIdNamesThePlugin() {
        for (var w : List.of(
                new RecentPostsWidget(),
                new PageMenuWidget(),
                new CategoriesWidget(),
                new ArchivesWidget(),
                new SearchWidget(),
                new LinksWidget(),
                new TextWidget())) {
            assertTrue(w.id().startsWith("widgets."), w.id());
            assertTrue(w.fragment().startsWith("/dossier-widgets/"), w.fragment());
        }
    }
}
