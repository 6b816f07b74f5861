package io.dossier.web.view;

import io.dossier.core.plugin.ActiveWidget;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.spi.WidgetContext;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The widgets of the sidebar and footer for this page view. Each widget's model is built through
 * the registry's guard, so a failing plugin leaves an empty spot, not a broken page.
 */
@Named("widgets")
@RequestScoped
public class WidgetsBacking {

    /** One widget ready to include: the template passes {@code model} to {@code fragment}. */
    public record Placed(String id, String title, String fragment, Object model) {

        /** "widget-recent-posts" for "widgets.recent-posts": a class for the theme's CSS. */
        public String cssClass() {
            return "widget-" + id.substring(id.indexOf('.') + 1);
        }
    }

    @Inject
    PluginRegistry registry;
    @Inject
    SiteReader site;
    @Inject
    PostBacking postBacking;

    public List<Placed> getSidebar() {
        return area(WidgetArea.SIDEBAR);
    }

    public List<Placed> getFooter() {
        return area(WidgetArea.FOOTER);
    }

    /** Under a post's text; empty on every other page. */
    public List<Placed> getAfterPost() {
        return page().kind() == PageContext.Kind.POST ? area(WidgetArea.AFTER_POST) : List.of();
    }

    private List<Placed> area(WidgetArea area) {
        List<Placed> placed = new ArrayList<>();
        for (ActiveWidget w : registry.widgets(area)) {
            WidgetContext context = new WidgetContext(page(), w.settings(), site);
            registry.guarded(w.id(), () -> w.widget().model(context))
                    .ifPresent(model -> placed.add(new Placed(w.id(), w.title(), w.widget().fragment(), model)));
        }
        return placed;
    }

    /** The page being rendered, as plugins see it; cheap, so derived on each call from the request and the loaded post. */
    PageContext page() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object route = request.getAttribute(Route.ATTRIBUTE);
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            return new PageContext(path, PageContext.Kind.NOT_FOUND, null, null);
        }
        return switch (route) {
            case Route.SinglePost post when postBacking.getPost() != null ->
                    new PageContext(path, PageContext.Kind.POST, postBacking.getPost().id(), null);
            case Route.PostPreview preview when postBacking.getPost() != null ->
                    new PageContext(path, PageContext.Kind.POST, preview.postId(), null);
            case Route.SinglePage single -> new PageContext(path, PageContext.Kind.PAGE, null, single.path());
            case Route.Home home -> new PageContext(path, PageContext.Kind.HOME, null, null);
            case Route.Search search -> new PageContext(path, PageContext.Kind.SEARCH, null, null);
            case null, default -> new PageContext(path, PageContext.Kind.ARCHIVE, null, null);
        };
    }
}
