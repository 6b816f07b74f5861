package io.dossier.core.plugin;

import io.dossier.core.query.CategoryTree;
import io.dossier.core.query.ListMemo;
import io.dossier.core.query.PageQueries;
import io.dossier.core.query.PeopleQueries;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostFilter;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.ProfileDetail;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.spi.MonthCount;
import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.PostLink;
import io.dossier.core.spi.PostPage;
import io.dossier.core.spi.PostSummary;
import io.dossier.core.spi.Profile;
import io.dossier.core.spi.ProfileCard;
import io.dossier.core.spi.Related;
import io.dossier.core.spi.RelatedContentProvider;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.spi.TermCount;
import io.dossier.core.support.Slice;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.url.Permalinks;
import io.dossier.core.vocabulary.PersonKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Core's implementation of the plugin query port: read models turned into API records.
 * Category and month counts are cached until content changes.
 */
@ApplicationScoped
public class PublicSiteReader implements SiteReader {

    private static final int MAX_LIST = 50;

    private PostQueries posts;
    private PageQueries pages;
    private PeopleQueries people;
    private SiteQueries site;
    private HtmlPolicy html;
    private PluginRegistry registry;
    private ListMemo memo;

    protected PublicSiteReader() {}

    /** A memoized answer's key: what was asked, about what. */
    private record Asked(String what, Object about, int limit) {}

    @Inject
    public PublicSiteReader(
            PostQueries posts,
            PageQueries pages,
            PeopleQueries people,
            SiteQueries site,
            HtmlPolicy html,
            PluginRegistry registry,
            ListMemo memo) {
        this.registry = registry;
        this.memo = memo;
        this.posts = posts;
        this.people = people;
        this.pages = pages;
        this.site = site;
        this.html = html;
    }

    @Override
    public Optional<Profile> profile(String kind, String slug) {
        return kindOf(kind)
                .flatMap(k -> people.profile(k, slug))
                .map(p -> new Profile(
                        p.name(),
                        kind,
                        p.roleTitle(),
                        p.bioHtml(),
                        p.photoUrl(),
                        p.links().stream()
                                .map(l -> new NamedLink(l.name(), l.url()))
                                .toList(),
                        p.url()));
    }

    @Override
    public PostPage postsAbout(String kind, String slug, int page, int pageSize) {
        Optional<ProfileDetail> profile = kindOf(kind).flatMap(k -> people.profile(k, slug));
        if (profile.isEmpty()) {
            return new PostPage(List.of(), page, 1, 0);
        }
        Slice<PostCard> slice = posts.list(
                new PostFilter.AboutPerson(profile.get().id()), Math.max(page, 1), Math.clamp(pageSize, 1, MAX_LIST));
        return new PostPage(
                slice.items().stream()
                        .map(c -> new PostSummary(c.id(), c.title(), c.url(), c.publishedAt(), c.summary()))
                        .toList(),
                slice.page(),
                slice.totalPages(),
                slice.total());
    }

    @Override
    public List<ProfileCard> peopleInPost(long postId) {
        return memo.get(peopleKey(postId), () -> people.inPost(postId)).stream()
                .map(c -> new ProfileCard(
                        c.name(),
                        c.url(),
                        c.kind().name().toLowerCase(Locale.ROOT),
                        c.roleTitle(),
                        c.photoUrl(),
                        c.roleInPost()))
                .toList();
    }

    /**
     * Loads the people of every post about to be rendered in one go, so that plugins asking
     * {@link #peopleInPost} post by post (the name linker, for a feed or an API page) cost no
     * statement each.
     */
    public void preparePeopleInPosts(Collection<Long> postIds) {
        List<Long> missing = postIds.stream()
                .filter(id -> !memo.holds(peopleKey(id)))
                .distinct()
                .toList();
        if (missing.size() > 1) {
            var loaded = people.inPosts(missing); // core.query's cards, turned into the API's on each read
            missing.forEach(id -> memo.get(peopleKey(id), () -> loaded.getOrDefault(id, List.of())));
        }
    }

    private static Asked peopleKey(long postId) {
        return new Asked("peopleInPost", postId, 0);
    }

    @Override
    public List<Related> sharingPeopleAndTags(long postId, int limit) {
        return people.related(postId, Math.clamp(limit, 1, MAX_LIST)).stream()
                .map(r -> new Related(
                        new PostLink(
                                r.post().id(),
                                r.post().title(),
                                r.post().url(),
                                r.post().publishedAt()),
                        r.score(),
                        r.shared()))
                .toList();
    }

    @Override
    public List<Related> related(long postId, int limit) {
        return memo.get(new Asked("related", postId, limit), () -> relatedNow(postId, limit));
    }

    private List<Related> relatedNow(long postId, int limit) {
        int max = Math.clamp(limit, 1, MAX_LIST);
        List<List<Related>> suggestions = new ArrayList<>();
        for (Active<RelatedContentProvider> provider : registry.active(RelatedContentProvider.class)) {
            registry.guarded(provider.id(), () -> provider.extension().related(postId, max, provider.settings(), this))
                    .ifPresent(suggestions::add);
        }
        return RelatedMerge.merge(suggestions, postId, max);
    }

    private static Optional<PersonKind> kindOf(String segment) {
        return switch (segment) {
            case "person" -> Optional.of(PersonKind.PERSON);
            case "organization" -> Optional.of(PersonKind.ORGANIZATION);
            default -> Optional.empty();
        };
    }

    @Override
    public String safeHtml(String unsafe) {
        return unsafe == null ? "" : html.sanitize(unsafe);
    }

    @Override
    public List<PostLink> recentPosts(int limit) {
        return posts.recent(Math.clamp(limit, 1, MAX_LIST)).stream()
                .map(h -> new PostLink(h.id(), h.title(), h.url(), h.publishedAt()))
                .toList();
    }

    @Override
    public List<NamedLink> childPages(String pagePath) {
        return memo.get(new Asked("childPages", pagePath, 0), () -> pages.childrenAt(pagePath)).stream()
                .map(l -> new NamedLink(l.name(), l.url()))
                .toList();
    }

    @Override
    public List<TermCount> tagCounts(int limit, Instant since) {
        return posts.tagCounts(Math.clamp(limit, 1, 500), since).stream()
                .map(t -> new TermCount(t.name(), t.url(), t.count()))
                .toList();
    }

    @Override
    public Optional<NamedLink> page(String pagePath) {
        return memo.get(new Asked("page", pagePath, 0), () -> pages.linkAt(pagePath))
                .map(l -> new NamedLink(l.name(), l.url()));
    }

    @Override
    public List<TermCount> categories() {
        return memo.get(new Asked("categories", "", 0), () -> {
            CategoryTree tree = site.categories();
            List<TermCount> list = new ArrayList<>();
            posts.countsByCategory()
                    .forEach((id, count) ->
                            tree.byId(id).ifPresent(node -> list.add(new TermCount(node.name(), tree.url(id), count))));
            list.sort(Comparator.comparing(TermCount::name, String.CASE_INSENSITIVE_ORDER));
            return List.copyOf(list);
        });
    }

    @Override
    public List<MonthCount> months() {
        return memo.get(new Asked("months", "", 0), () -> {
            ZoneId zone = site.site().zone();
            Map<YearMonth, Long> counts = new TreeMap<>(Comparator.reverseOrder());
            for (Instant at : posts.publicationTimes()) {
                counts.merge(YearMonth.from(at.atZone(zone)), 1L, Long::sum);
            }
            List<MonthCount> list = new ArrayList<>();
            counts.forEach((ym, count) -> list.add(new MonthCount(
                    ym.getYear(),
                    ym.getMonthValue(),
                    Month.of(ym.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear(),
                    Permalinks.month(ym.getYear(), ym.getMonthValue()),
                    count)));
            return List.copyOf(list);
        });
    }
}
