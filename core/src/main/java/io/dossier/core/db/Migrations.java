package io.dossier.core.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the current schema with the versioned scripts in {@code db/migration}. */
public final class Migrations {

    private Migrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // A database that already has tables but no history is someone else's: refuse it.
                .baselineOnMigrate(false)
                .load()
                .migrate();
    }
}
