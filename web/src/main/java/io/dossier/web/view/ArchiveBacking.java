package io.dossier.web.view;

import io.dossier.core.query.ArchiveQueries;
import io.dossier.core.query.CategoryTree;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostFilter;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.query.Slice;
import io.dossier.core.url.Permalinks;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** The front page and every archive: category, tag, author, year/month/day and search. */
@Named
@RequestScoped
public class ArchiveBacking {

    @Inject
    PostQueries posts;
    @Inject
    ArchiveQueries archives;
    @Inject
    SiteQueries site;

    private Route.Listing route;
    private String heading;
    private String description;
    private String canonical;
    private Slice<PostCard> slice;

    /** View action: resolves the archive's subject and loads one page of posts, or answers 404/301. */
    public void load() {
        route = Views.route(Route.Listing.class);
        if (route == null) {
            Views.notFound();
            return;
        }
        Optional<PostFilter> filter = resolve();
        if (filter.isEmpty()) {
            if (!FacesContext.getCurrentInstance().getResponseComplete()) {
                Views.notFound(); // unless resolve() already redirected
            }
            return;
        }
        int size = site.site().postsPerPage();
        slice = posts.list(filter.get(), route.page(), size);
        boolean beyondLastPage = route.page() > slice.totalPages();
        boolean emptyDateArchive = route instanceof Route.DateArchive && slice.total() == 0;
        if (beyondLastPage || emptyDateArchive) {
            Views.notFound();
        }
    }

    private Optional<PostFilter> resolve() {
        canonical = Permalinks.paged(route.base(), route.page());
        switch (route) {
            case Route.Home home -> {
                return Optional.of(new PostFilter.All());
            }
            case Route.CategoryArchive category -> {
                CategoryTree tree = site.categories();
                Optional<CategoryTree.Node> node = tree.bySlug(category.slugs().getLast());
                if (node.isEmpty()) {
                    return Optional.empty();
                }
                String url = tree.url(node.get().id());
                if (!url.equals(category.base())) {
                    Views.movedTo(Permalinks.paged(url, category.page()));
                    return Optional.empty();
                }
                heading = "Category: " + node.get().name();
                return Optional.of(new PostFilter.InCategories(tree.selfAndDescendants(node.get().id())));
            }
            case Route.TagArchive tag -> {
                return subject(archives.tag(tag.slug()), "Tag: ").map(s -> new PostFilter.WithTag(s.id()));
            }
            case Route.AuthorArchive author -> {
                return subject(archives.author(author.slug()), "Author: ").map(s -> new PostFilter.ByAuthor(s.id()));
            }
            case Route.DateArchive date -> {
                return Optional.of(dateFilter(date));
            }
            case Route.Search search -> {
                heading = "Search results for “" + search.terms() + "”";
                canonical = Permalinks.paged("/", search.page()) + "?s=" + URLEncoder.encode(search.terms(), StandardCharsets.UTF_8);
                return Optional.of(new PostFilter.Matching(search.terms()));
            }
        }
    }

    private Optional<ArchiveQueries.Subject> subject(Optional<ArchiveQueries.Subject> subject, String prefix) {
        subject.ifPresent(s -> {
            heading = prefix + s.name();
            description = s.description();
        });
        return subject;
    }

    private PostFilter dateFilter(Route.DateArchive date) {
        ZoneId zone = site.site().zone();
        LocalDate from;
        LocalDate until;
        if (date.day() != null) {
            from = LocalDate.of(date.year(), date.month(), date.day());
            until = from.plusDays(1);
            heading = "Day: " + monthName(date.month()) + " " + date.day() + ", " + date.year();
        } else if (date.month() != null) {
            from = LocalDate.of(date.year(), date.month(), 1);
            until = from.plusMonths(1);
            heading = "Month: " + monthName(date.month()) + " " + date.year();
        } else {
            from = LocalDate.of(date.year(), 1, 1);
            until = from.plusYears(1);
            heading = "Year: " + date.year();
        }
        return new PostFilter.PublishedBetween(from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant());
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public boolean isHome() {
        return route instanceof Route.Home;
    }

    public String getHeading() { return heading; }
    public String getDescription() { return description; }
    public String getCanonical() { return canonical; }
    public Slice<PostCard> getSlice() { return slice; }

    /** Link to the newer posts (the previous page), or null on page 1. */
    public String getNewerUrl() {
        return slice != null && slice.hasPrevious() ? pageUrl(route.page() - 1) : null;
    }

    /** Link to the older posts (the next page), or null on the last page. */
    public String getOlderUrl() {
        return slice != null && slice.hasNext() ? pageUrl(route.page() + 1) : null;
    }

    private String pageUrl(int n) {
        String url = Permalinks.paged(route.base(), n);
        return route instanceof Route.Search search ? url + "?s=" + URLEncoder.encode(search.terms(), StandardCharsets.UTF_8) : url;
    }
}
