package io.dossier.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API at /api; see io.dossier.web.security.Authentication for who may call what. Its
 * classes are listed: the WordPress-compatible API (/wp-json) is a second application in this
 * WAR, and scanning would give each application the other's resources too. Payara's MicroProfile
 * OpenAPI describes both at {@code /openapi} (YAML; {@code ?format=json} for JSON).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Dossier",
                        version = "1",
                        description =
                                "Dossier's REST API under /api/v1 (public reads; writes need an account and obey its role) and"
                                        + " the read subset of WordPress's REST API under /wp-json/wp/v2. Errors are RFC 9457 problem details"
                                        + " under /api and WordPress's {code, message, data} under /wp-json."))
public class DossierApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                PostsResource.class,
                PostWritesResource.class,
                SiteContentResource.class,
                UsersResource.class,
                PluginsResource.class,
                ProblemResponses.class,
                ApiGuard.class,
                BodySizeLimit.class);
    }
}
