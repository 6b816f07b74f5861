package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.MenuNode;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.support.Slice;
import io.dossier.core.vocabulary.PersonKind;
import io.dossier.web.rest.dto.MenuItemDto;
import io.dossier.web.rest.dto.PageDto;
import io.dossier.web.rest.dto.ProfileDto;
import io.dossier.web.rest.dto.SearchHitDto;
import io.dossier.web.rest.dto.TermDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The rest of the public site over HTTP: {@code /api/v1/pages} (and one by id), {@code categories},
 * {@code tags}, {@code people}, {@code organizations}, {@code search} and {@code menus/{location}}. Lists page and
 * trim like the posts (see ApiLists); addresses are absolute.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiteContentResource {

    @Inject
    ApiQueries api;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Inject
    ApiBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Path("pages")
    public Response pages(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("parent") Long parent,
            @QueryParam("slug") String slug,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        Slice<ApiQueries.ApiPage> slice = api.pages(parent, slug, page, perPage);
        Map<Long, String> rendered = bodies.pages(slice.items());
        return ApiLists.list(slice, p -> page(p, rendered.get(p.id())), fields, uri);
    }

    @GET
    @Path("pages/{id}")
    public PageDto page(@PathParam("id") long id) {
        return api.page(id)
                .map(p -> page(p, bodies.pages(List.of(p)).get(p.id())))
                .orElseThrow(() -> new NotFoundException("No public page " + id));
    }

    @GET
    @Path("categories")
    public Response categories(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        return ApiLists.list(api.categories(page, perPage), this::term, fields, uri);
    }

    @GET
    @Path("tags")
    public Response tags(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        return ApiLists.list(api.tags(page, perPage), this::term, fields, uri);
    }

    @GET
    @Path("people")
    public Response people(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        return ApiLists.list(api.profiles(PersonKind.PERSON, page, perPage), this::profile, fields, uri);
    }

    @GET
    @Path("organizations")
    public Response organizations(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        return ApiLists.list(api.profiles(PersonKind.ORGANIZATION, page, perPage), this::profile, fields, uri);
    }

    /** Public posts (best first, as the site's search ranks them), then pages, then people and organisations matching {@code q}, paged together. */
    @GET
    @Path("search")
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("fields") String fields) {
        ApiLists.check(page, perPage);
        if (q == null || q.isBlank()) {
            throw new InvalidSettingException("q", "Say what to search for with q");
        }
        return ApiLists.list(
                api.search(q, page, perPage),
                h -> new SearchHitDto(h.type(), h.id(), h.title(), absolute(h.url()), time(h.publishedAt())),
                fields,
                uri);
    }

    /** A menu by its theme location ("primary"), as readers see it: only public targets. */
    @GET
    @Path("menus/{location}")
    public List<MenuItemDto> menu(@PathParam("location") String location) {
        List<MenuNode> menu = site.menu(location);
        if (menu.isEmpty()) {
            throw new NotFoundException("No menu at " + location);
        }
        return items(menu);
    }

    private List<MenuItemDto> items(List<MenuNode> nodes) {
        return nodes.stream()
                .map(n -> new MenuItemDto(n.label(), absolute(n.url()), items(n.children())))
                .toList();
    }

    private PageDto page(ApiQueries.ApiPage p, String body) {
        return new PageDto(
                p.id(),
                p.title(),
                p.slug(),
                absolute(p.url()),
                time(p.publishedAt()),
                time(p.modifiedAt()),
                p.excerpt(),
                body,
                p.parentId(),
                p.menuOrder());
    }

    private TermDto term(ApiQueries.ApiTerm t) {
        return new TermDto(t.id(), t.name(), t.slug(), t.description(), t.parentId(), t.count(), absolute(t.url()));
    }

    private ProfileDto profile(ApiQueries.ApiProfile p) {
        return new ProfileDto(
                p.id(),
                p.name(),
                p.slug(),
                p.kind().name().toLowerCase(),
                p.roleTitle(),
                p.bioHtml(),
                p.photoUrl(),
                absolute(p.url()));
    }

    private String absolute(String url) {
        return url != null && url.startsWith("/") ? address.origin() + url : url;
    }

    private static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
