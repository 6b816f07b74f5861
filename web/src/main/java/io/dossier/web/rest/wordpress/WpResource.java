package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.web.rest.ApiBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** What every WordPress-compatible resource reads with: the API queries, the site, and the request's addresses. */
abstract class WpResource {

    @Inject
    ApiQueries api;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Inject
    ApiBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** {@code item} cut to the request's {@code _fields}, if it names any. */
    JsonObject fields(JsonObject item) {
        return WpFields.of(uri.getQueryParameters()).apply(item);
    }

    /** The shapes, with links absolute to the site's address. */
    WpJson json() {
        return new WpJson(address.origin(), site.site().zone());
    }
}
