package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.ApiQueries.ApiPage;
import io.dossier.core.query.ApiQueries.ApiPost;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.render.ContentPipeline;
import io.dossier.core.render.ContentPipeline.Body;
import io.dossier.core.render.ContentPipeline.Links;
import io.dossier.core.service.CanonicalAddress;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** What every WordPress-compatible resource reads with: the API queries, the site, and the request's addresses. */
abstract class WpResource {

    @Inject
    ApiQueries api;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Inject
    ContentPipeline pipeline;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** The shapes, with links absolute to the site's address. */
    WpJson json() {
        return new WpJson(address.origin(), site.site().zone());
    }

    /** The posts' bodies as every reader gets them, by post id. */
    Map<Long, String> postBodies(List<ApiPost> posts) {
        return pipeline.posts(
                posts.stream().map(p -> new Body(p.id(), p.url(), p.bodyHtml())).toList(), Links.ABSOLUTE);
    }

    /** The pages' bodies as every reader gets them, by page id. */
    Map<Long, String> pageBodies(List<ApiPage> pages) {
        return pipeline.pages(
                pages.stream().map(p -> new Body(p.id(), p.url(), p.bodyHtml())).toList(), Links.ABSOLUTE);
    }
}
