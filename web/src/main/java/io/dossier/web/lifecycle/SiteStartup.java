package io.dossier.web.lifecycle;

import io.dossier.core.db.DatabaseStartup;
import io.dossier.core.search.SearchSync;
import io.dossier.core.service.CanonicalAddress;
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
 * then the search index and the page cache catch up with the posts, in the background, and the
 * launcher's start-up placeholder (503 with Retry-After) gives the port to Payara's listener.
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
        // bin/dossier answered 503 on the port meanwhile (io.dossier.launcher.StartupPlaceholder):
        // this frees the port for Payara's listener.
        System.setProperty(STARTUP_READY, "true");
        awaitFreedPort();
    }

    /** Under bin/dossier's placeholder, the port must be free before the deployment ends and the listener opens there. */
    private static void awaitFreedPort() {
        long until = System.nanoTime() + 5_000_000_000L;
        while ("open".equals(System.getProperty(PLACEHOLDER)) && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static final String STARTUP_READY = "dossier.startup.ready";
    static final String PLACEHOLDER = "dossier.startup.placeholder";
}
