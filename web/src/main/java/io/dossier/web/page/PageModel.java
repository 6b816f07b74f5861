package io.dossier.web.page;

import io.dossier.core.query.PageDetail;
import io.dossier.core.query.PostDetail;
import io.dossier.core.query.SiteInfo;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.render.ContentPipeline;
import io.dossier.core.render.ContentPipeline.Body;
import io.dossier.core.render.ContentPipeline.Links;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.spi.HeadContribution;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.WidgetArea;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Everything a public page shows, built once per request by its only view action: the route the
 * router chose is read once and resolved into one {@link MainContent}; then its body goes through
 * the content pipeline, and the head ({@link PageHead}), the plugins' head elements, the feeds to
 * announce and the widgets of each area are computed for the same {@link PageContext}. The views
 * only read what it filled.
 */
@Named("pageModel")
@RequestScoped
public class PageModel {

    @Inject
    PageResolver resolver;

    @Inject
    ContentPipeline pipeline;

    @Inject
    PluginContributions plugins;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    private MainContent content = new MainContent.NotFound();
    private PostDetail post;
    private boolean preview;
    private PageDetail page;
    private MainContent.PostList list;
    private MainContent.PluginPage pluginPage;
    private String bodyHtml;
    private PageHead head;
    private ApiDiscovery discovery;
    private PluginContributions.HeadElements headElements = new PluginContributions.HeadElements(List.of(), List.of());
    private List<FeedLink> feeds = List.of();
    private List<PlacedWidget> sidebar = List.of();
    private List<PlacedWidget> footer = List.of();
    private List<PlacedWidget> afterPost = List.of();

    /** The view action of the post, page, archive and plugin views: the page, a 301 to where it moved, or an error page. */
    public void load() {
        HttpServletRequest request = request();
        if (!(request.getAttribute(Route.ATTRIBUTE) instanceof Route.Viewed route)) {
            FacesResponses.notFound();
            return;
        }
        switch (resolver.resolve(route)) {
            case PageResolver.Show show -> show(show.content(), request);
            case PageResolver.MovedTo moved -> FacesResponses.movedTo(moved.path());
            case PageResolver.Fail fail -> FacesResponses.error(fail.status());
        }
    }

    /** The view action of the 404 page: its frame, whatever the request had loaded before it failed. */
    public void notFound() {
        show(new MainContent.NotFound(), request());
    }

    private void show(MainContent shown, HttpServletRequest request) {
        content = shown;
        post = null;
        preview = false;
        page = null;
        list = null;
        pluginPage = null;
        bodyHtml = null;
        switch (shown) {
            case MainContent.Post p -> {
                post = p.post();
                preview = p.preview();
                bodyHtml = pipeline.post(new Body(post.id(), post.url(), post.bodyHtml()), Links.RELATIVE);
            }
            case MainContent.StaticPage p -> {
                page = p.page();
                bodyHtml = pipeline.page(new Body(page.id(), page.url(), page.bodyHtml()), Links.RELATIVE);
            }
            case MainContent.PostList l -> list = l;
            case MainContent.PluginPage p -> pluginPage = p;
            case MainContent.NotFound n -> {}
        }
        SiteInfo info = site.site();
        head = PageHead.of(shown, info, address.origin());
        discovery = ApiDiscovery.of(shown, address.origin());
        FacesResponses.header("Link", discovery.header());
        PageContext context = context(shown, path(request));
        headElements = plugins.head(context);
        feeds = plugins.feeds(shown, info.title());
        sidebar = plugins.widgets(WidgetArea.SIDEBAR, context);
        footer = plugins.widgets(WidgetArea.FOOTER, context);
        afterPost =
                context.kind() == PageContext.Kind.POST ? plugins.widgets(WidgetArea.AFTER_POST, context) : List.of();
    }

    /** The page as plugins see it. */
    static PageContext context(MainContent content, String path) {
        return switch (content) {
            case MainContent.Post p ->
                new PageContext(path, PageContext.Kind.POST, p.post().id(), null);
            case MainContent.StaticPage p ->
                new PageContext(
                        path, PageContext.Kind.PAGE, null, p.page().url().replaceAll("^/|/$", ""));
            case MainContent.PostList l
            when l.route() instanceof Route.Home -> new PageContext(path, PageContext.Kind.HOME, null, null);
            case MainContent.PostList l
            when l.route() instanceof Route.Search -> new PageContext(path, PageContext.Kind.SEARCH, null, null);
            case MainContent.PostList l -> new PageContext(path, PageContext.Kind.ARCHIVE, null, null);
            case MainContent.PluginPage p -> new PageContext(path, PageContext.Kind.ARCHIVE, null, null);
            case MainContent.NotFound n -> new PageContext(path, PageContext.Kind.NOT_FOUND, null, null);
        };
    }

    /** The path asked for, inside the site; on the 404 page, the one that was not found. */
    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The post on a post page or its preview, else null. */
    public PostDetail getPost() {
        return post;
    }

    public boolean isPreview() {
        return preview;
    }
    /** The static page, else null. */
    public PageDetail getPage() {
        return page;
    }
    /** The list of posts on the front page and archives, else null. */
    public MainContent.PostList getList() {
        return list;
    }
    /** The plugin's page, else null. */
    public MainContent.PluginPage getPluginPage() {
        return pluginPage;
    }
    /** The post's or page's HTML as every reader gets it (the content pipeline's). */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public PageHead getHead() {
        return head;
    }

    /** Where the page points API clients. */
    public ApiDiscovery getDiscovery() {
        return discovery;
    }

    public List<HeadContribution.Meta> getPluginMeta() {
        return headElements.meta();
    }

    public List<HeadContribution.LinkElement> getPluginLinks() {
        return headElements.links();
    }

    public List<FeedLink> getFeeds() {
        return feeds;
    }

    public List<PlacedWidget> getSidebar() {
        return sidebar;
    }

    public List<PlacedWidget> getFooter() {
        return footer;
    }
    /** Under a post's text; empty on every other page. */
    public List<PlacedWidget> getAfterPost() {
        return afterPost;
    }
}
