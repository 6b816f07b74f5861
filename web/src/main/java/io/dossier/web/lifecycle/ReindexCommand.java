package io.dossier.web.lifecycle;

import io.dossier.core.search.SearchSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code bin/dossier reindex}: rebuilds the search index from the database, reports, and leaves the exit status. */
@ApplicationScoped
public class ReindexCommand {

    private static final Logger LOG = Logger.getLogger(ReindexCommand.class.getName());

    @Inject
    @ConfigProperty(name = "DOSSIER_REINDEX")
    Optional<String> asked;

    @Inject
    SearchSync search;

    public void runIfAsked() {
        asked.ifPresent(all -> {
            long started = System.nanoTime();
            int status;
            try {
                long posts = search.rebuild();
                System.out.printf("reindex: %d posts indexed in %.1f s%n", posts, (System.nanoTime() - started) / 1e9);
                status = 0;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The rebuild of the search index stopped", e);
                System.out.println("reindex: stopped by an error (see above)");
                status = 1;
            }
            System.setProperty(ImportCommand.STATUS, String.valueOf(status));
        });
    }
}
