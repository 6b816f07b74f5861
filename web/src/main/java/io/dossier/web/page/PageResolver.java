package io.dossier.web.page;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PageQueries;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.service.PostPreview;
import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.PluginPageContent;
import io.dossier.core.spi.PluginPageRequest;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.support.Slice;
import io.dossier.core.url.Permalinks;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Turns a viewed route into what its page shows, or into a redirect or an error status: the one
 * place that dispatches on the kind of route for a page. Knows nothing of Faces or the request.
 */
@ApplicationScoped
public class PageResolver {

    /** The outcome for one route. */
    public sealed interface Outcome {}

    /** The page shows this. */
    public record Show(MainContent content) implements Outcome {}

    /** The content lives at another site-relative address now: a 301 there. */
    public record MovedTo(String path) implements Outcome {}

    /** An error status: 404 when nothing is here, 403 for a preview one may not see, 503 when a plugin failed. */
    public record Fail(int status) implements Outcome {}

    private static final Fail NOT_FOUND = new Fail(404);

    @Inject
    PostQueries posts;

    @Inject
    PageQueries pages;

    @Inject
    SiteQueries site;

    @Inject
    ListingResolver listings;

    @Inject
    Redirects redirects;

    @Inject
    PostPreview previews;

    @Inject
    CurrentUser user;

    @Inject
    PluginRegistry registry;

    @Inject
    SiteReader reader;

    @Inject
    CanonicalAddress address;

    public Outcome resolve(Route.Viewed route) {
        return switch (route) {
            case Route.SinglePost post -> post(post);
            case Route.PostPreview preview -> preview(preview);
            case Route.SinglePage page -> page(page);
            case Route.Listing listing -> list(listing);
            case Route.PluginPath path -> pluginPage(path);
        };
    }

    /** The post, else a 301 to where it lives now (wrong date, old slug), else 404. */
    private Outcome post(Route.SinglePost route) {
        Optional<PostDetail> found = posts.published(route.date(), route.slug());
        if (found.isPresent()) {
            return new Show(new MainContent.Post(found.get(), false));
        }
        String requested = "/%04d/%02d/%02d/%s/"
                .formatted(
                        route.date().getYear(),
                        route.date().getMonthValue(),
                        route.date().getDayOfMonth(),
                        route.slug());
        return moved(
                posts.publishedWithSlug(route.slug()).map(PostDetail::url).or(() -> redirects.fromOldPath(requested)));
    }

    /** An unpublished post for someone who may edit it; 403 for others, 404 if there is none. */
    private Outcome preview(Route.PostPreview route) {
        try {
            return new Show(new MainContent.Post(previews.of(user.require(), route.postId()), true));
        } catch (AccessDeniedException denied) {
            return new Fail(403);
        } catch (NotFoundException missing) {
            return NOT_FOUND;
        }
    }

    /** The page, else a 301 from its old path, else 404. */
    private Outcome page(Route.SinglePage route) {
        Optional<PageDetail> found = pages.publishedAt(route.path());
        return found.<Outcome>map(page -> new Show(new MainContent.StaticPage(page)))
                .orElseGet(() -> moved(redirects.fromOldPath("/" + route.path() + "/")));
    }

    /** One page of the list; 404 past its last page, for an empty date archive, or a subject that is not there. */
    private Outcome list(Route.Listing route) {
        return switch (listings.resolve(route)) {
            case ListingResolver.Missing missing ->
                moved(redirects.fromOldPath(route.base()).map(moved -> Permalinks.paged(moved, route.page())));
            case ListingResolver.Moved moved -> new MovedTo(Permalinks.paged(moved.base(), route.page()));
            case ListingResolver.Resolved list -> {
                Slice<PostCard> slice =
                        posts.list(list.filter(), route.page(), site.site().postsPerPage());
                boolean beyondLastPage = route.page() > slice.totalPages();
                boolean emptyDateArchive = route instanceof Route.DateArchive && slice.total() == 0;
                yield beyondLastPage || emptyDateArchive
                        ? NOT_FOUND
                        : new Show(new MainContent.PostList(
                                route, list.heading(), list.description(), list.profile(), slice));
            }
        };
    }

    /** The plugin's page; 404 when it has none, 503 when the plugin fails. */
    private Outcome pluginPage(Route.PluginPath route) {
        Optional<Active<PluginPage>> page = registry.page(route.segments().getFirst());
        if (page.isEmpty()) {
            return NOT_FOUND;
        }
        PluginPageRequest request = new PluginPageRequest(
                route.segments().subList(1, route.segments().size()),
                route.page(),
                page.get().settings(),
                reader,
                address.origin());
        Optional<Optional<PluginPageContent>> rendered =
                registry.guarded(page.get().id(), () -> page.get().extension().render(request));
        if (rendered.isEmpty()) {
            return new Fail(503);
        }
        return rendered.get()
                .<Outcome>map(content -> new Show(new MainContent.PluginPage(route, content)))
                .orElse(NOT_FOUND);
    }

    private static Outcome moved(Optional<String> path) {
        return path.<Outcome>map(MovedTo::new).orElse(NOT_FOUND);
    }
}
