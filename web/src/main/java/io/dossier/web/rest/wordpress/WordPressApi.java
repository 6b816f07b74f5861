package io.dossier.web.rest.wordpress;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The WordPress-compatible API at {@code /wp-json}; its own classes only (Dossier's API lives at /api). */
@ApplicationPath("/wp-json")
public class WordPressApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                WpIndexResource.class,
                WpNamespaceResource.class,
                WpContentResource.class,
                WpTermsResource.class,
                WpUsersResource.class,
                WpSearchResource.class,
                WpSchemaResource.class,
                WpErrors.class);
    }
}
