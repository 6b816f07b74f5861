package io.dossier.web.rest.wordpress;

import io.dossier.core.query.TermQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /wp-json/wp/v2/categories} and {@code /tags}, with their public post counts and
 * WordPress's term parameters ({@link WpRoutes#CATEGORIES}): {@code slug}, {@code include},
 * {@code exclude}, {@code search}, {@code hide_empty}, {@code parent} (categories), {@code post},
 * {@code orderby}, {@code order}, {@code offset}, {@code page}, {@code per_page}.
 */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpTermsResource extends WpResource {

    @GET
    @Path("categories")
    public Response categories() {
        return WpPaging.list(api.categories(query(WpRoutes.CATEGORIES)), t -> fields(json().category(t)), uri);
    }

    @GET
    @Path("tags")
    public Response tags() {
        return WpPaging.list(api.tags(query(WpRoutes.TAGS)), t -> fields(json().tag(t)), uri);
    }

    @GET
    @Path("categories/{id}")
    public JsonObject category(@PathParam("id") String id) {
        return fields(api.categories(one(id)).items().stream()
                .findFirst()
                .map(json()::category)
                .orElseThrow(WpTermsResource::invalidTerm));
    }

    @GET
    @Path("tags/{id}")
    public JsonObject tag(@PathParam("id") String id) {
        return fields(api.tags(one(id)).items().stream()
                .findFirst()
                .map(json()::tag)
                .orElseThrow(WpTermsResource::invalidTerm));
    }

    private static TermQuery one(String id) {
        try {
            return TermQuery.ofIds(List.of(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            throw invalidTerm();
        }
    }

    private static WpError invalidTerm() {
        return new WpError("rest_term_invalid", "Term does not exist.", 404);
    }

    private TermQuery query(List<WpRoutes.Arg> declared) {
        WpArgs args = WpArgs.read(declared, uri.getQueryParameters());
        return new TermQuery(
                args.texts("slug"),
                args.ids("include"),
                args.ids("exclude"),
                args.text("search"),
                args.flag("hide_empty"),
                args.integer("parent"),
                args.integer("post"),
                args.choice("orderby", TermQuery.Order.class),
                args.text("order").equals("desc"),
                args.offset(),
                args.count("page"),
                args.count("per_page"));
    }
}
