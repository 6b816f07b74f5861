package io.dossier.web.view;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.query.PostDetail;
import io.dossier.core.service.HtmlPolicy;
import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.EnrichContext;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.query.PostQueries;
import io.dossier.web.routing.Redirects;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A single post at /YYYY/MM/DD/slug/. */
@Named
@RequestScoped
public class PostBacking {

    @Inject
    PostQueries posts;
    @Inject
    Redirects redirects;

    @Inject
    PluginRegistry registry;
    @Inject
    SiteReader site;
    @Inject
    HtmlPolicy html;

    private PostDetail post;
    private String bodyHtml;

    /** View action: the post, else a 301 to where it lives now (wrong date, old slug), else 404. */
    public void load() {
        Route.SinglePost route = Views.route(Route.SinglePost.class);
        if (route == null) {
            Views.notFound();
            return;
        }
        Optional<PostDetail> found = posts.published(route.date(), route.slug());
        if (found.isPresent()) {
            post = found.get();
            bodyHtml = enriched(post);
            return;
        }
        Optional<String> moved = posts.publishedWithSlug(route.slug()).map(PostDetail::url)
                .or(() -> redirects.fromOldPath(requestedPath(route)));
        moved.ifPresentOrElse(Views::movedTo, Views::notFound);
    }

    private static String requestedPath(Route.SinglePost route) {
        return "/%04d/%02d/%02d/%s/".formatted(route.date().getYear(), route.date().getMonthValue(),
                route.date().getDayOfMonth(), route.slug());
    }

    /**
     * The body after every active content enricher (each guarded: a failing one is skipped), then
     * sanitized again, since enrichers are plugin code.
     */
    private String enriched(PostDetail detail) {
        String result = detail.bodyHtml() == null ? "" : detail.bodyHtml();
        for (Active<ContentEnricher> enricher : registry.active(ContentEnricher.class)) {
            String input = result;
            EnrichContext context = new EnrichContext(detail.id(), detail.url(), enricher.settings(), site);
            result = registry.guarded(enricher.id(), () -> enricher.extension().enrich(input, context)).orElse(input);
        }
        return html.sanitize(result);
    }

    public PostDetail getPost() {
        return post;
    }

    /** The post's HTML as readers see it: enriched by plugins, then sanitized. */
    public String getBodyHtml() {
        return bodyHtml;
    }
}
