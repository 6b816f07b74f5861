package io.dossier.web.view;

import io.dossier.core.query.Link;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.support.Slice;
import io.dossier.core.url.Permalinks;
import io.dossier.web.page.ListingResolver;
import io.dossier.web.page.Redirects;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The front page and every archive: category, tag, author, year/month/day and search. */
@Named
@RequestScoped
public class ArchiveBacking {

    @Inject
    PostQueries posts;
    @Inject
    ListingResolver listings;
    @Inject
    SiteQueries site;

    private Route.Listing route;
    @Inject
    Redirects redirects;

    private String heading;
    private String description;
    private Link profile;
    private String canonical;
    private Slice<PostCard> slice;

    /** View action: resolves the archive's subject and loads one page of posts, or answers 404/301. */
    public void load() {
        route = Views.route(Route.Listing.class);
        if (route == null) {
            Views.notFound();
            return;
        }
        switch (listings.resolve(route)) {
            case ListingResolver.Missing missing -> redirects.fromOldPath(route.base()).ifPresentOrElse(
                    moved -> Views.movedTo(Permalinks.paged(moved, route.page())), Views::notFound);
            case ListingResolver.Moved moved -> Views.movedTo(Permalinks.paged(moved.base(), route.page()));
            case ListingResolver.Resolved resolved -> {
                heading = resolved.heading();
                description = resolved.description();
                profile = resolved.profile();
                canonical = pageUrl(route.page());
                slice = posts.list(resolved.filter(), route.page(), site.site().postsPerPage());
                boolean beyondLastPage = route.page() > slice.totalPages();
                boolean emptyDateArchive = route instanceof Route.DateArchive && slice.total() == 0;
                if (beyondLastPage || emptyDateArchive) {
                    Views.notFound();
                }
            }
        }
    }

    public boolean isHome() {
        return route instanceof Route.Home;
    }

    public String getHeading() { return heading; }
    public String getDescription() { return description; }
    /** The profile the archive's tag stands for, or null. */
    public Link getProfile() { return profile; }
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
