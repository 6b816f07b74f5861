package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.web.routing.BaseUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /wp-json/wp/v2/users}: as in WordPress for readers, only accounts that published
 * something, by display name and author page, never with their login name or email.
 */
@Path("wp/v2/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpUsersResource {

    @Inject
    ApiQueries api;
    @Inject
    SiteQueries site;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest request;

    @GET
    public Response users(@QueryParam("page") @DefaultValue("1") int page,
                          @QueryParam("per_page") @DefaultValue("10") int perPage) {
        WpPaging.check(page, perPage);
        return WpPaging.list(api.authors(page, perPage),
                new WpJson(BaseUrl.of(request, site.site()), site.site().zone())::user, uri);
    }
}
