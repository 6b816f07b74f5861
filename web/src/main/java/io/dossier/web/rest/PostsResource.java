package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.query.EditorialQueries;
import io.dossier.core.query.Link;
import io.dossier.core.query.PostCard;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.PostFilter;
import io.dossier.core.query.PostQueries;
import io.dossier.core.query.PostRow;
import io.dossier.core.query.PostRowFilter;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.render.ContentPipeline;
import io.dossier.core.render.ContentPipeline.Body;
import io.dossier.core.render.ContentPipeline.Links;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.support.Slice;
import io.dossier.core.vocabulary.ContentStatus;
import io.dossier.web.page.ListingResolver;
import io.dossier.web.rest.dto.PostDto;
import io.dossier.web.rest.dto.PostRowDto;
import io.dossier.web.rest.dto.PostSummaryDto;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The public posts over HTTP: {@code GET /api/v1/posts} (paged, filtered by one of category, tag,
 * author, search, person, organization or a date range, with totals and {@code Link} headers; with
 * {@code status=draft} and the like, a logged-in client's unpublished posts) and
 * {@code GET /api/v1/posts/{id}}.
 */
@Path("v1/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    PostQueries posts;

    @Inject
    ListingResolver listings;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Inject
    ContentPipeline pipeline;

    @Inject
    EditorialQueries editorial;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public Response list(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("category") String category,
            @QueryParam("tag") String tag,
            @QueryParam("author") String author,
            @QueryParam("search") String search,
            @QueryParam("person") String person,
            @QueryParam("organization") String organization,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("status") String status,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        if (status != null && !status.equalsIgnoreCase("published")) {
            return byStatus(status, search, page, perPage, fields);
        }
        String dates = after != null || before != null ? "dates" : null;
        if (Stream.of(category, tag, author, search, person, organization, dates)
                        .filter(v -> v != null)
                        .count()
                > 1) {
            throw new IllegalArgumentException(
                    "Filter by one of category, tag, author, search, person, organization or after/before at a time");
        }
        PostFilter filter;
        if (dates != null) {
            ZoneId zone = site.site().zone();
            filter = new PostFilter.PublishedBetween(
                    day("after", after, zone, Instant.EPOCH),
                    day("before", before, zone, Instant.parse("9999-12-31T00:00:00Z")));
        } else {
            Route.Listing listing = category != null
                    ? new Route.CategoryArchive(List.of(category), 1)
                    : tag != null
                            ? new Route.TagArchive(tag, 1)
                            : author != null
                                    ? new Route.AuthorArchive(author, 1)
                                    : search != null
                                            ? new Route.Search(search, 1)
                                            : person != null
                                                    ? new Route.ProfileArchive("person", person, 1)
                                                    : organization != null
                                                            ? new Route.ProfileArchive("organization", organization, 1)
                                                            : new Route.Home(1);
            if (!(listings.resolve(listing) instanceof ListingResolver.Resolved resolved)) {
                throw new NotFoundException("No such "
                        + (category != null
                                ? "category " + category
                                : tag != null
                                        ? "tag " + tag
                                        : author != null
                                                ? "author " + author
                                                : person != null
                                                        ? "person " + person
                                                        : "organization " + organization));
            }
            filter = resolved.filter();
        }
        Slice<PostCard> slice = posts.list(filter, page, perPage);
        String base = address.origin();
        return ApiLists.list(
                slice,
                c -> new PostSummaryDto(
                        c.id(),
                        c.title(),
                        base + c.url(),
                        DateTimeFormatter.ISO_INSTANT.format(c.publishedAt()),
                        c.summary(),
                        c.author().name(),
                        c.credits().stream().map(cr -> cr.name()).toList(),
                        names(c.categories())),
                fields,
                uri);
    }

    @GET
    @Path("{id}")
    public PostDto one(@PathParam("id") long id) {
        PostDetail p = posts.publishedById(id).orElseThrow(() -> new NotFoundException("No public post " + id));
        String base = address.origin();
        return new PostDto(
                p.id(),
                p.title(),
                base + p.url(),
                DateTimeFormatter.ISO_INSTANT.format(p.publishedAt()),
                DateTimeFormatter.ISO_INSTANT.format(p.modifiedAt()),
                p.summary(),
                pipeline.post(new Body(p.id(), p.url(), p.bodyHtml()), Links.ABSOLUTE),
                p.author().name(),
                p.credits().stream().map(c -> c.name()).toList(),
                names(p.categories()),
                names(p.tags()));
    }

    /**
     * Posts in a status readers do not see (draft, pending, scheduled, private, trashed), for a
     * logged-in client: editors and administrators get everyone's, others their own, as in the admin.
     */
    private Response byStatus(String status, String search, int page, int perPage, String fields) {
        Actor actor = user.actor().orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"Dossier\""));
        ContentStatus wanted;
        try {
            wanted = ContentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(
                    "status", "status must be one of draft, pending, scheduled, published," + " private or trashed");
        }
        PostRowFilter filter = new PostRowFilter(
                wanted, actor.can(Capability.EDIT_OTHERS_POSTS) ? null : actor.accountId(), null, null, search);
        List<PostRow> rows = editorial.rows(filter, "updatedAt", false, (page - 1) * perPage, perPage);
        return ApiLists.list(
                new Slice<>(rows, page, perPage, editorial.count(filter)),
                r -> new PostRowDto(
                        r.id(),
                        r.title(),
                        r.status().name().toLowerCase(Locale.ROOT),
                        r.publishedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(r.publishedAt()),
                        DateTimeFormatter.ISO_INSTANT.format(r.updatedAt()),
                        r.authorName()),
                fields,
                uri);
    }

    /** The start of a day (yyyy-MM-dd) in the site's zone; {@code otherwise} when not given. */
    private static Instant day(String name, String value, ZoneId zone, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(name, name + " must be a date like 2016-06-01");
        }
    }

    private static List<String> names(List<Link> links) {
        return links.stream().map(Link::name).toList();
    }
}
