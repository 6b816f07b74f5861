package io.dossier.web.view;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.PluginPageContent;
import io.dossier.core.spi.PluginPageRequest;
import io.dossier.core.spi.SiteReader;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** A page served by a plugin ({@code /tags/}, …), rendered in the site's theme. */
@Named
@RequestScoped
public class PluginPageBacking {

    @Inject
    PluginRegistry registry;
    @Inject
    SiteReader site;
    @Inject
    SeoBacking seo;

    private PluginPageContent content;
    private String canonical;

    /** View action: asks the plugin for the page; 404 when it has none, 503 when the plugin fails. */
    public void load() {
        Route.PluginPath route = Views.route(Route.PluginPath.class);
        Optional<Active<PluginPage>> page = route == null ? Optional.empty() : registry.page(route.segments().getFirst());
        if (page.isEmpty()) {
            Views.notFound();
            return;
        }
        PluginPageRequest request = new PluginPageRequest(route.segments().subList(1, route.segments().size()),
                route.page(), page.get().settings(), site, seo.siteUrl());
        Optional<Optional<PluginPageContent>> rendered = registry.guarded(page.get().id(),
                () -> page.get().extension().render(request));
        if (rendered.isEmpty()) {
            Views.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else if (rendered.get().isEmpty()) {
            Views.notFound();
        } else {
            content = rendered.get().get();
            String base = "/" + String.join("/", route.segments()) + "/";
            canonical = route.page() > 1 ? base + "page/" + route.page() + "/" : base;
        }
    }

    public PluginPageContent getContent() {
        return content;
    }

    public String getCanonical() {
        return canonical;
    }
}
