package io.dossier.web.rest.wordpress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /wp-json/}: the index of every route, where clients that discover the API begin. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpIndexResource extends WpResource {

    @GET
    public JsonObject index() {
        return new WpIndex(address.origin()).site(site.site());
    }
}
