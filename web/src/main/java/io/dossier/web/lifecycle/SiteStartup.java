package io.dossier.web.lifecycle;

import io.dossier.core.db.DatabaseStartup;
import io.dossier.core.search.SearchSync;
import io.dossier.core.url.CanonicalAddress;
import io.dossier.core.url.SiteAddress;
import io.dossier.web.cache.PageCacheInvalidator;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Migrates the database and installs first-start content before the site takes requests.
 * A servlet listener rather than a CDI {@code @Initialized} observer: Payara registers the
 * persistence unit only after CDI's application context starts, but before web modules start.
 * A failure here fails the deployment, so a site never serves from a half-migrated database.
 * A start for {@code bin/dossier import}, {@code export} or {@code reindex} runs its command here, before anything is served;
 * then the search index and the page cache catch up with the posts, in the background.
 */
@WebListener
public class SiteStartup implements ServletContextListener {

    @Inject
    DatabaseStartup database;

    @Inject
    ImportCommand importCommand;

    @Inject
    ExportCommand exportCommand;

    @Inject
    PageCacheInvalidator pageCache;

    @Inject
    SearchSync search;

    @Inject
    ReindexCommand reindexCommand;

    @Inject
    CanonicalAddress address;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        database.run();
        // Behind a TLS proxy the container sees plain HTTP and would not mark the session cookie
        // Secure by itself; the site's own address says whether readers come over HTTPS.
        if (address.current().filter(SiteAddress::secure).isPresent()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
        importCommand.runIfAsked();
        exportCommand.runIfAsked();
        reindexCommand.runIfAsked();
        if (System.getProperty(ImportCommand.STATUS) == null) { // a command's start serves no readers
            search.start();
            pageCache.start();
        }
    }
}
