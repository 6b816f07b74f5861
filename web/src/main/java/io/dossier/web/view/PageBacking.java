package io.dossier.web.view;

import io.dossier.core.media.ResponsiveContent;
import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PageQueries;
import io.dossier.web.page.Redirects;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A page at its path, /parent/child/. */
@Named
@RequestScoped
public class PageBacking {

    @Inject
    PageQueries pages;
    @Inject
    Redirects redirects;
    @Inject
    ResponsiveContent responsive;

    private PageDetail page;
    private String bodyHtml;

    /** View action: the page, else a 301 from its old path, else 404. */
    public void load() {
        Route.SinglePage route = Views.route(Route.SinglePage.class);
        if (route == null) {
            Views.notFound();
            return;
        }
        Optional<PageDetail> found = pages.publishedAt(route.path());
        if (found.isPresent()) {
            page = found.get();
            bodyHtml = responsive.withSrcset(page.bodyHtml());
            return;
        }
        redirects.fromOldPath("/" + route.path() + "/").ifPresentOrElse(Views::movedTo, Views::notFound);
    }

    public PageDetail getPage() {
        return page;
    }

    /** The stored (sanitized) text with srcset on its library images. */
    public String getBodyHtml() {
        return bodyHtml;
    }
}
