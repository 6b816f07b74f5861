package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.query.Link;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.query.Slice;
import io.dossier.core.service.NotFoundException;
import io.dossier.web.rest.dto.PostDto;
import io.dossier.web.rest.dto.PostSummaryDto;
import io.dossier.web.routing.BaseUrl;
import io.dossier.web.routing.ListingResolver;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public posts over HTTP: {@code GET /api/v1/posts} (paged, filtered by one of category, tag,
 * author or search, with totals and {@code Link} headers) and {@code GET /api/v1/posts/{id}}.
 */
@Path("v1/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    static final int MAX_PER_PAGE = 100;

    @Inject
    PostQueries posts;
    @Inject
    ListingResolver listings;
    @Inject
    SiteQueries site;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest request;

    @GET
    public Response list(@QueryParam("page") @DefaultValue("1") int page,
                         @QueryParam("per_page") @DefaultValue("10") int perPage,
                         @QueryParam("category") String category, @QueryParam("tag") String tag,
                         @QueryParam("author") String author, @QueryParam("search") String search) {
        if (page < 1) {
            throw new InvalidSettingException("page", "page must be 1 or more");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidSettingException("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
        }
        if (Stream.of(category, tag, author, search).filter(v -> v != null).count() > 1) {
            throw new IllegalArgumentException("Filter by one of category, tag, author or search at a time");
        }
        Route.Listing listing = category != null ? new Route.CategoryArchive(List.of(category), 1)
                : tag != null ? new Route.TagArchive(tag, 1)
                : author != null ? new Route.AuthorArchive(author, 1)
                : search != null ? new Route.Search(search, 1)
                : new Route.Home(1);
        ListingResolver.Resolution resolution = listings.resolve(listing);
        if (!(resolution instanceof ListingResolver.Resolved resolved)) {
            throw new NotFoundException("No such " + (category != null ? "category " + category
                    : tag != null ? "tag " + tag : "author " + author));
        }
        Slice<PostCard> slice = posts.list(resolved.filter(), page, perPage);
        String base = BaseUrl.of(request, site.site());
        List<PostSummaryDto> items = slice.items().stream().map(c -> new PostSummaryDto(c.id(), c.title(), base + c.url(),
                DateTimeFormatter.ISO_INSTANT.format(c.publishedAt()), c.summary(), c.author().name(),
                c.credits().stream().map(cr -> cr.name()).toList(), names(c.categories()))).toList();
        Response.ResponseBuilder response = Response.ok(items)
                .header("X-Total-Count", slice.total())
                .header("X-Total-Pages", slice.totalPages());
        List<String> links = new ArrayList<>();
        if (slice.hasNext()) {
            links.add("<" + pageUri(page + 1) + ">; rel=\"next\"");
        }
        if (slice.hasPrevious()) {
            links.add("<" + pageUri(page - 1) + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    @GET
    @Path("{id}")
    public PostDto one(@PathParam("id") long id) {
        PostDetail p = posts.publishedById(id).orElseThrow(() -> new NotFoundException("No public post " + id));
        String base = BaseUrl.of(request, site.site());
        return new PostDto(p.id(), p.title(), base + p.url(), DateTimeFormatter.ISO_INSTANT.format(p.publishedAt()),
                DateTimeFormatter.ISO_INSTANT.format(p.modifiedAt()), p.summary(), p.bodyHtml(), p.author().name(),
                p.credits().stream().map(c -> c.name()).toList(), names(p.categories()), names(p.tags()));
    }

    private String pageUri(int page) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("page", page);
        return builder.build().toString();
    }

    private static List<String> names(List<Link> links) {
        return links.stream().map(Link::name).toList();
    }
}
