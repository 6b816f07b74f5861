package io.dossier.web.rest.wordpress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /wp-json/wp/v2/users}: as in WordPress for readers, only accounts that published
 * something, by display name and author page, never with their login name or email.
 */
@Path("wp/v2/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpUsersResource extends WpResource {

    @GET
    public Response users(
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("per_page") @DefaultValue("10") int perPage) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.authors(page, perPage), json()::user, uri);
    }
}
