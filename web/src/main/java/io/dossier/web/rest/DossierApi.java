package io.dossier.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The REST API at /api; see io.dossier.web.security.Authentication for who may call what. Its
 * classes are listed: the WordPress-compatible API (/wp-json) is a second application in this
 * WAR, and scanning would give each application the other's resources too.
 */
@ApplicationPath("/api")
public class DossierApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PostsResource.class, PostWritesResource.class, UsersResource.class, PluginsResource.class,
                ProblemResponses.class, ApiGuard.class);
    }
}
