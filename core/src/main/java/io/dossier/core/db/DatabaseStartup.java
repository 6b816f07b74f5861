package io.dossier.core.db;

import io.dossier.core.demo.DemoContent;
import io.dossier.core.service.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs before the first request is served: migrates the schema, then, on a database never started
 * before, loads the demo content unless {@code DOSSIER_DEMO=false}; and makes sure an
 * administrator can log in.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Inject
    @ConfigProperty(name = "DOSSIER_DEMO", defaultValue = "true")
    private boolean demo;

    @Inject
    private SettingsService settings;

    @Inject
    private DemoContent demoContent;

    @Inject
    private AdministratorBootstrap administrator;

    /** Called by the web module once the application (and its persistence unit) is up. */
    public void run() {
        // Flyway gets its own unpooled connections from the same settings the container pool uses.
        MigrateResult result = Migrations.migrate(new DossierDataSource());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        if (!settings.isInstalled()) {
            if (demo) {
                DemoContent.Loaded loaded = demoContent.load();
                LOG.info(() -> "First start: loaded demo content (" + loaded.posts() + " posts, " + loaded.pages()
                        + " pages, " + loaded.people() + " people and organisations, " + loaded.tags() + " tags)");
            } else {
                LOG.info("First start with DOSSIER_DEMO=false: the site starts empty");
            }
            settings.markInstalled();
        }
        administrator.ensureAnAdministratorCanLogIn();
    }
}
