package io.dossier.web.page;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.ActiveWidget;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.HeadContribution;
import io.dossier.core.spi.HeadContributor;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.SiteReader;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.spi.WidgetContext;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What plugins add around a page's main content, each call through the registry's guard so a
 * failing plugin leaves an empty spot, not a broken page: the widgets of an area, the meta and
 * link elements of the head, and the feeds to announce.
 */
@ApplicationScoped
public class PluginContributions {

    /** Plugins' head elements, checked: only {@code <meta>} and {@code <link>}, names and rels tokens, hrefs http(s) or site paths. */
    public record HeadElements(List<HeadContribution.Meta> meta, List<HeadContribution.LinkElement> links) {}

    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z][a-zA-Z0-9:._-]{0,63}");
    private static final Pattern SAFE_HREF = Pattern.compile("(https?://|/)[^\\s\"<>]*");

    @Inject
    PluginRegistry registry;

    @Inject
    SiteReader site;

    public List<PlacedWidget> widgets(WidgetArea area, PageContext page) {
        List<PlacedWidget> placed = new ArrayList<>();
        for (ActiveWidget w : registry.widgets(area)) {
            WidgetContext context = new WidgetContext(page, w.settings(), site);
            registry.guarded(w.id(), () -> w.widget().model(context))
                    .ifPresent(model -> placed.add(
                            new PlacedWidget(w.id(), w.title(), w.widget().fragment(), model)));
        }
        return placed;
    }

    public HeadElements head(PageContext page) {
        List<HeadContribution.Meta> meta = new ArrayList<>();
        List<HeadContribution.LinkElement> links = new ArrayList<>();
        for (Active<HeadContributor> contributor : registry.active(HeadContributor.class)) {
            registry.guarded(contributor.id(), () -> contributor.extension().contribute(page, site))
                    .ifPresent(c -> {
                        c.meta().stream()
                                .filter(m -> m.name() != null
                                        && TOKEN.matcher(m.name()).matches()
                                        && m.content() != null)
                                .forEach(meta::add);
                        c.links().stream()
                                .filter(l -> l.rel() != null
                                        && TOKEN.matcher(l.rel()).matches()
                                        && l.href() != null
                                        && SAFE_HREF.matcher(l.href()).matches())
                                .forEach(links::add);
                    });
        }
        return new HeadElements(List.copyOf(meta), List.copyOf(links));
    }

    /** The site's feeds in each active format, and on a list page or a profile that list's or profile's feeds too. */
    public List<FeedLink> feeds(MainContent content, String siteTitle) {
        List<FeedLink> links = new ArrayList<>();
        for (Active<FeedFormat> active : registry.active(FeedFormat.class)) {
            FeedFormat format = active.extension();
            String label = siteTitle + " » " + format.label();
            links.add(new FeedLink(label, format.mediaType(), new Route.Feed(new Route.Home(1), format.name()).path()));
            switch (content) {
                case MainContent.PluginPage(var path, var page)
                when path.segments().size() == 2
                        && path.page() == 1
                        && (path.segments().get(0).equals("person")
                                || path.segments().get(0).equals("organization")) ->
                    links.add(new FeedLink(
                            label,
                            format.mediaType(),
                            new Route.Feed(
                                            new Route.ProfileArchive(
                                                    path.segments().get(0),
                                                    path.segments().get(1),
                                                    1),
                                            format.name())
                                    .path()));
                case MainContent.PostList list
                when !list.home() && list.heading() != null -> {
                    String path = new Route.Feed(list.route(), format.name()).path();
                    if (list.route() instanceof Route.Search search) {
                        path += "?s=" + URLEncoder.encode(search.terms(), StandardCharsets.UTF_8);
                    }
                    links.add(new FeedLink(
                            siteTitle + " » " + list.heading() + " » " + format.label(), format.mediaType(), path));
                }
                default -> {}
            }
        }
        return links;
    }
}
