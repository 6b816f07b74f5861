package io.dossier.web.rest.wordpress;

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
 * {@code /wp-json/wp/v2/users}: as in WordPress for readers, only accounts that published
 * something, by display name and author page, never with their login name or email.
 */
@Path("wp/v2/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpUsersResource extends WpResource {

    @GET
    public Response users() {
        WpArgs args = WpArgs.read(WpRoutes.USERS, uri.getQueryParameters());
        return WpPaging.list(api.authors(args.count("page"), args.count("per_page")), a -> fields(json().user(a)), uri);
    }

    /** One author; as on WordPress, an account that published nothing is not there for readers. */
    @GET
    @Path("{id}")
    public JsonObject user(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw invalidUser();
        }
        return fields(api.authors(List.of(number)).stream()
                .findFirst()
                .map(json()::user)
                .orElseThrow(WpUsersResource::invalidUser));
    }

    private static WpError invalidUser() {
        return new WpError("rest_user_invalid_id", "Invalid user ID.", 404);
    }
}
