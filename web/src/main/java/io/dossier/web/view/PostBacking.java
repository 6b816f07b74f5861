package io.dossier.web.view;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.query.PostDetail;
import io.dossier.core.security.AccessDeniedException;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.media.ResponsiveContent;
import io.dossier.core.text.HtmlPolicy;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.service.PostPreview;
import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.EnrichContext;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.query.PostQueries;
import io.dossier.web.page.Redirects;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
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
    @Inject
    ResponsiveContent responsive;
    @Inject
    PostPreview previews;
    @Inject
    CurrentUser user;

    private PostDetail post;
    private String bodyHtml;

    /** View action: the post, else a 301 to where it lives now (wrong date, old slug), else 404; or a preview. */
    public void load() {
        Route.PostPreview preview = Views.route(Route.PostPreview.class);
        if (preview != null) {
            loadPreview(preview);
            return;
        }
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

    /** An unpublished post for someone who may edit it; 403 for others, 404 if there is none. */
    private void loadPreview(Route.PostPreview route) {
        try {
            post = previews.of(user.require(), route.postId());
            bodyHtml = enriched(post);
        } catch (AccessDeniedException denied) {
            Views.error(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException missing) {
            Views.notFound();
        }
    }

    /** Whether this is a preview of the post rather than the post readers see. */
    public boolean isPreview() {
        return Views.route(Route.PostPreview.class) != null;
    }

    private static String requestedPath(Route.SinglePost route) {
        return "/%04d/%02d/%02d/%s/".formatted(route.date().getYear(), route.date().getMonthValue(),
                route.date().getDayOfMonth(), route.slug());
    }

    /**
     * The body after every active content enricher (each guarded: a failing one is skipped), with
     * srcset on library images, then sanitized again, since enrichers are plugin code.
     */
    private String enriched(PostDetail detail) {
        String result = detail.bodyHtml() == null ? "" : detail.bodyHtml();
        for (Active<ContentEnricher> enricher : registry.active(ContentEnricher.class)) {
            String input = result;
            EnrichContext context = new EnrichContext(detail.id(), detail.url(), enricher.settings(), site);
            result = registry.guarded(enricher.id(), () -> enricher.extension().enrich(input, context)).orElse(input);
        }
        return html.sanitize(responsive.withSrcset(result));
    }

    public PostDetail getPost() {
        return post;
    }

    /** The post's HTML as readers see it: enriched by plugins, then sanitized. */
    public String getBodyHtml() {
        return bodyHtml;
    }
}
