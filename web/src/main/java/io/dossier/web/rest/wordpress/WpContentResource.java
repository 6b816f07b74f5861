package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.PageQuery;
import io.dossier.core.query.PostQuery;
import io.dossier.core.support.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code /wp-json/wp/v2/posts} and {@code /pages}, with WordPress's parameters: for posts all of
 * {@link WpRoutes#POSTS} (filters by id, slug, author, term, date, sticky flag and words, every
 * order WordPress has for posts), for pages all of {@link WpRoutes#PAGES} (the same and parents,
 * menu order). Public content only.
 */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpContentResource extends WpResource {

    @GET
    @Path("posts")
    public Response posts() {
        WpArgs args = WpArgs.read(WpRoutes.POSTS, uri.getQueryParameters());
        PostQuery.Order order = args.choice("orderby", PostQuery.Order.class);
        searchNeededFor(order == PostQuery.Order.RELEVANCE, args);
        ZoneId zone = site.site().zone();
        return posts(api.posts(new PostQuery(
                args.ids("include"),
                args.ids("exclude"),
                args.texts("slug"),
                args.ids("author"),
                args.ids("author_exclude"),
                args.ids("categories"),
                args.ids("categories_exclude"),
                args.ids("tags"),
                args.ids("tags_exclude"),
                args.instant("after", zone),
                args.instant("before", zone),
                args.instant("modified_after", zone),
                args.instant("modified_before", zone),
                args.either("sticky"),
                args.text("search"),
                order,
                args.text("order").equals("desc"),
                args.offset(),
                args.count("page"),
                args.count("per_page"))));
    }

    private Response posts(Slice<ApiQueries.ApiPost> slice) {
        Map<Long, String> rendered = bodies.posts(slice.items());
        WpJson json = json();
        Map<Long, JsonObject> embedded = WpEmbeds.of(uri.getQueryParameters())
                .map(e -> e.posts(slice.items(), api, json))
                .orElse(Map.of());
        return WpPaging.list(
                slice, p -> fields(WpEmbeds.with(json.post(p, rendered.get(p.id())), embedded.get(p.id()))), uri);
    }

    @GET
    @Path("posts/{id}")
    public JsonObject post(@PathParam("id") String id) {
        ApiQueries.ApiPost post =
                api.post(number(id)).orElseThrow(() -> new WpError("rest_post_invalid_id", "Invalid post ID.", 404));
        WpJson json = json();
        JsonObject embedded = WpEmbeds.of(uri.getQueryParameters())
                .map(e -> e.posts(List.of(post), api, json).get(post.id()))
                .orElse(null);
        return fields(WpEmbeds.with(json.post(post, bodies.posts(List.of(post)).get(post.id())), embedded));
    }

    @GET
    @Path("pages")
    public Response pages() {
        WpArgs args = WpArgs.read(WpRoutes.PAGES, uri.getQueryParameters());
        PageQuery.Order order = args.choice("orderby", PageQuery.Order.class);
        searchNeededFor(order == PageQuery.Order.RELEVANCE, args);
        ZoneId zone = site.site().zone();
        Slice<ApiQueries.ApiPage> slice = api.pages(new PageQuery(
                args.ids("include"),
                args.ids("exclude"),
                args.texts("slug"),
                args.ids("author"),
                args.ids("author_exclude"),
                args.ids("parent"),
                args.ids("parent_exclude"),
                args.instant("after", zone),
                args.instant("before", zone),
                args.instant("modified_after", zone),
                args.instant("modified_before", zone),
                args.int32("menu_order"),
                args.text("search"),
                order,
                args.text("order").equals("desc"),
                args.offset(),
                args.count("page"),
                args.count("per_page")));
        Map<Long, String> rendered = bodies.pages(slice.items());
        WpJson json = json();
        Map<Long, JsonObject> embedded = WpEmbeds.of(uri.getQueryParameters())
                .map(e -> e.pages(slice.items(), api, json))
                .orElse(Map.of());
        return WpPaging.list(
                slice, p -> fields(WpEmbeds.with(json.page(p, rendered.get(p.id())), embedded.get(p.id()))), uri);
    }

    @GET
    @Path("pages/{id}")
    public JsonObject page(@PathParam("id") String id) {
        ApiQueries.ApiPage page =
                api.page(number(id)).orElseThrow(() -> new WpError("rest_post_invalid_id", "Invalid post ID.", 404));
        WpJson json = json();
        JsonObject embedded = WpEmbeds.of(uri.getQueryParameters())
                .map(e -> e.pages(List.of(page), api, json).get(page.id()))
                .orElse(null);
        return fields(WpEmbeds.with(json.page(page, bodies.pages(List.of(page)).get(page.id())), embedded));
    }

    /** WordPress orders by relevance only to a search. */
    private static void searchNeededFor(boolean relevance, WpArgs args) {
        if (relevance && (args.text("search") == null || args.text("search").isBlank())) {
            throw new WpError(
                    "rest_no_search_term_defined", "You need to define a search term to order by relevance.", 400);
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
