package io.dossier.web.view;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.spi.FeedFormat;
import io.dossier.web.routing.Route;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Feed autodiscovery ({@code <link rel="alternate">}) for every page: the site's feeds in each
 * active format, and on a list page or a profile that list's or profile's feeds too.
 */
@Named("feedLinks")
@RequestScoped
public class FeedLinks {

    /** One autodiscovery link; {@code href} is site-relative. */
    public record FeedLink(String title, String type, String href) {
    }

    @Inject
    PluginRegistry registry;
    @Inject
    SiteQueries site;
    @Inject
    ArchiveBacking archive;

    public List<FeedLink> getLinks() {
        String siteTitle = site.site().title();
        Object route = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(Route.ATTRIBUTE);
        List<FeedLink> links = new ArrayList<>();
        for (Active<FeedFormat> active : registry.active(FeedFormat.class)) {
            FeedFormat format = active.extension();
            links.add(new FeedLink(siteTitle + " » " + format.label(), format.mediaType(),
                    new Route.Feed(new Route.Home(1), format.name()).path()));
            if (route instanceof Route.PluginPath path && path.segments().size() == 2 && path.page() == 1
                    && (path.segments().get(0).equals("person") || path.segments().get(0).equals("organization"))) {
                links.add(new FeedLink(siteTitle + " » " + format.label(), format.mediaType(), new Route.Feed(
                        new Route.ProfileArchive(path.segments().get(0), path.segments().get(1), 1), format.name()).path()));
            }
            if (route instanceof Route.Listing listing && !(listing instanceof Route.Home) && archive.getHeading() != null) {
                String path = new Route.Feed(listing, format.name()).path();
                if (listing instanceof Route.Search search) {
                    path += "?s=" + URLEncoder.encode(search.terms(), StandardCharsets.UTF_8);
                }
                links.add(new FeedLink(siteTitle + " » " + archive.getHeading() + " » " + format.label(), format.mediaType(), path));
            }
        }
        return links;
    }
}
