package io.dossier.web.rest.wordpress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /wp-json/wp/v2/categories} and {@code /tags}: every term by name, with its public post count. */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpTermsResource extends WpResource {

    @GET
    @Path("categories")
    public Response categories(@QueryParam("page") @DefaultValue("1") int page,
                               @QueryParam("per_page") @DefaultValue("10") int perPage) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.categories(page, perPage), json()::category, uri);
    }

    @GET
    @Path("tags")
    public Response tags(@QueryParam("page") @DefaultValue("1") int page,
                         @QueryParam("per_page") @DefaultValue("10") int perPage) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.tags(page, perPage), json()::tag, uri);
    }

}
