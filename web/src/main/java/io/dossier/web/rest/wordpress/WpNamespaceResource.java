package io.dossier.web.rest.wordpress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /wp-json/wp/v2}: the namespace's routes. Its own class at the namespace's path, beside the
 * content resources there: JAX-RS picks the root resources with the longest path first, so a method
 * of the index's {@code ""} resource would never be reached.
 */
@Path(WpRoutes.NAMESPACE)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpNamespaceResource extends WpResource {

    @GET
    public JsonObject namespace() {
        return new WpIndex(address.origin()).namespace();
    }
}
