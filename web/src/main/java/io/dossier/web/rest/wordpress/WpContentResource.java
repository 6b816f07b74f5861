package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.PostFilter;
import io.dossier.core.support.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code /wp-json/wp/v2/posts} and {@code /pages}, with WordPress's parameters: {@code page},
 * {@code per_page}, {@code search}, {@code categories}, {@code tags}, {@code author} and
 * {@code slug} for posts, {@code parent} and {@code slug} for pages. Public content only.
 */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpContentResource extends WpResource {

    @GET
    @Path("posts")
    public Response posts(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("search") String search,
            @QueryParam("categories") String categories,
            @QueryParam("tags") String tags,
            @QueryParam("author") String author,
            @QueryParam("slug") String slug) {
        WpPaging.check(page, perPage);
        if (Stream.of(search, categories, tags, author, slug)
                        .filter(v -> v != null && !v.isBlank())
                        .count()
                > 1) {
            throw WpError.invalidParam(
                    "search, categories, tags, author, slug",
                    "rest_invalid_param",
                    "filter by one of search, categories, tags, author and slug at a time");
        }
        if (slug != null && !slug.isBlank()) {
            List<ApiQueries.ApiPost> found =
                    api.post(null, slug.strip()).stream().toList();
            return posts(new Slice<>(found, 1, perPage, found.size()));
        }
        PostFilter filter = categories != null && !categories.isBlank()
                ? new PostFilter.InCategories(Set.of(id("categories", categories)))
                : tags != null && !tags.isBlank()
                        ? new PostFilter.WithTag(id("tags", tags))
                        : author != null && !author.isBlank()
                                ? new PostFilter.ByAuthor(id("author", author))
                                : search != null && !search.isBlank()
                                        ? new PostFilter.Matching(search.strip())
                                        : new PostFilter.All();
        return posts(api.posts(filter, page, perPage));
    }

    private Response posts(Slice<ApiQueries.ApiPost> slice) {
        Map<Long, String> rendered = bodies.posts(slice.items());
        WpJson json = json();
        return WpPaging.list(slice, p -> json.post(p, rendered.get(p.id())), uri);
    }

    @GET
    @Path("posts/{id}")
    public JsonObject post(@PathParam("id") String id) {
        return api.post(number(id), null)
                .map(p -> json().post(p, bodies.posts(List.of(p)).get(p.id())))
                .orElseThrow(() -> new WpError("rest_post_invalid_id", "Invalid post ID.", 404));
    }

    @GET
    @Path("pages")
    public Response pages(
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("per_page") @DefaultValue("10") int perPage,
            @QueryParam("parent") String parent,
            @QueryParam("slug") String slug) {
        WpPaging.check(page, perPage);
        Long parentId = parent == null || parent.isBlank() ? null : id("parent", parent);
        Slice<ApiQueries.ApiPage> slice =
                api.pages(parentId, slug == null || slug.isBlank() ? null : slug.strip(), page, perPage);
        Map<Long, String> rendered = bodies.pages(slice.items());
        WpJson json = json();
        return WpPaging.list(slice, p -> json.page(p, rendered.get(p.id())), uri);
    }

    @GET
    @Path("pages/{id}")
    public JsonObject page(@PathParam("id") String id) {
        return api.page(number(id))
                .map(p -> json().page(p, bodies.pages(List.of(p)).get(p.id())))
                .orElseThrow(() -> new WpError("rest_post_invalid_id", "Invalid post ID.", 404));
    }

    /** One id (WordPress takes lists; Dossier one of each for now). */
    static long id(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw WpError.invalidParam(name, "rest_invalid_type", name + "[0] is not of type integer.");
        }
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new WpError("rest_post_invalid_id", "Invalid post ID.", 404);
        }
    }
}
