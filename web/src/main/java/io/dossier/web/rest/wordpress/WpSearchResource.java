package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.ApiQueries.ApiHit;
import io.dossier.core.query.ApiQueries.ApiTerm;
import io.dossier.core.query.TermQuery;
import io.dossier.core.support.Slice;
import io.dossier.core.text.JsonFactories;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /wp-json/wp/v2/search}: public posts and pages ({@code type=post}, the default) or
 * categories and tags ({@code type=term}) matching {@code search}, narrowed by {@code subtype}, as
 * WordPress's search route answers them: id, title, url, type, subtype and a link to the item.
 * Without a search term there is nothing to find.
 */
@Path("wp/v2/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpSearchResource extends WpResource {

    @GET
    public Response search() {
        WpArgs args = WpArgs.read(WpRoutes.SEARCH_ROUTE, uri.getQueryParameters());
        String terms = args.text("search");
        List<String> subtypes = args.texts("subtype");
        boolean any = subtypes.isEmpty() || subtypes.contains("any");
        int page = args.count("page");
        int perPage = args.count("per_page");
        WpJson json = json();
        if (args.text("type").equals("term")) {
            if (terms == null) {
                return WpPaging.list(new Slice<JsonObject>(List.of(), page, perPage, 0), hit -> hit, uri);
            }
            return WpPaging.list(
                    terms(
                            terms,
                            any || subtypes.contains("category"),
                            any || subtypes.contains("post_tag"),
                            page,
                            perPage),
                    hit -> fields(hit),
                    uri);
        }
        Set<ApiQueries.HitKind> kinds = EnumSet.noneOf(ApiQueries.HitKind.class);
        if (any || subtypes.contains("post")) {
            kinds.add(ApiQueries.HitKind.POST);
        }
        if (any || subtypes.contains("page")) {
            kinds.add(ApiQueries.HitKind.PAGE);
        }
        Slice<ApiHit> hits = terms == null || kinds.isEmpty()
                ? new Slice<>(List.of(), page, perPage, 0)
                : api.search(terms, kinds, page, perPage);
        return WpPaging.list(
                hits,
                hit -> fields(item(
                        json,
                        hit.id(),
                        hit.title(),
                        address.origin() + hit.url(),
                        "post",
                        hit.type(),
                        hit.type().equals("page") ? "pages" : "posts")),
                uri);
    }

    /** Categories first, then tags, one window across both. */
    private Slice<JsonObject> terms(String search, boolean categories, boolean tags, int page, int perPage) {
        WpJson json = json();
        List<JsonObject> items = new ArrayList<>();
        long total = 0;
        int first = (page - 1) * perPage;
        if (categories) {
            Slice<ApiTerm> found = api.categories(matching(search, first, perPage));
            found.items().forEach(t -> items.add(termItem(json, t, "category", "categories")));
            total += found.total();
        }
        if (tags) {
            int skip = (int) Math.max(0, first - total);
            Slice<ApiTerm> found = api.tags(matching(search, skip, Math.max(1, perPage - items.size())));
            if (items.size() < perPage) {
                found.items().forEach(t -> items.add(termItem(json, t, "post_tag", "tags")));
            }
            total += found.total();
        }
        return new Slice<>(items, page, perPage, total);
    }

    private static TermQuery matching(String search, int offset, int limit) {
        return new TermQuery(
                List.of(),
                List.of(),
                List.of(),
                search,
                false,
                null,
                null,
                TermQuery.Order.NAME,
                false,
                offset,
                1,
                limit);
    }

    private JsonObject termItem(WpJson json, ApiTerm t, String subtype, String collection) {
        return item(json, t.id(), t.name(), address.origin() + t.url(), "term", subtype, collection);
    }

    private static JsonObject item(
            WpJson json, long id, String title, String url, String type, String subtype, String collection) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("id", id)
                .add("title", title)
                .add("url", url)
                .add("type", type)
                .add("subtype", subtype)
                .add(
                        "_links",
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add(
                                        "self",
                                        JsonFactories.BUILDERS
                                                .createArrayBuilder()
                                                .add(JsonFactories.BUILDERS
                                                        .createObjectBuilder()
                                                        .add("embeddable", true)
                                                        .add("href", json.api(collection + "/" + id))))
                                .add(
                                        "collection",
                                        JsonFactories.BUILDERS
                                                .createArrayBuilder()
                                                .add(JsonFactories.BUILDERS
                                                        .createObjectBuilder()
                                                        .add("href", json.api("search")))))
                .build();
    }
}
