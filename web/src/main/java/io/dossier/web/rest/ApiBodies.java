package io.dossier.web.rest;

import io.dossier.core.query.ApiQueries.ApiPage;
import io.dossier.core.query.ApiQueries.ApiPost;
import io.dossier.core.render.ContentPipeline;
import io.dossier.core.render.ContentPipeline.Body;
import io.dossier.core.render.ContentPipeline.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** The bodies both REST APIs answer with: the content pipeline's, links on the site's address, by id. */
@ApplicationScoped
public class ApiBodies {

    @Inject
    ContentPipeline pipeline;

    public Map<Long, String> posts(List<ApiPost> posts) {
        return pipeline.posts(
                posts.stream().map(p -> new Body(p.id(), p.url(), p.bodyHtml())).toList(), Links.ABSOLUTE);
    }

    public Map<Long, String> pages(List<ApiPage> pages) {
        return pipeline.pages(
                pages.stream().map(p -> new Body(p.id(), p.url(), p.bodyHtml())).toList(), Links.ABSOLUTE);
    }
}
