package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dossier.core.db.DossierDataSource;
import io.dossier.core.db.Migrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V17 on a database that was in use before it: accounts whose public slug or name was their login get others. */
class AccountSlugMigrationTest {

    @Test
    void existingAccountsStopPublishingTheirLogins() throws Exception {
        TestDatabase.H2File database = TestDatabase.H2File.fresh();
        DossierDataSource source = new DossierDataSource(database.config());
        try (Connection keep = source.getConnection()) {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .target("16")
                    .load()
                    .migrate();
            try (Statement s = keep.createStatement()) {
                s.executeUpdate(
                        "insert into user_account (id, version, created_at, updated_at, login, slug, display_name, role) values"
                                + " (1, 0, now(), now(), 'admin', 'admin', 'admin', 'ADMINISTRATOR'),"
                                + " (2, 0, now(), now(), 'nferre', 'nferre', 'Nadia Ferre', 'AUTHOR'),"
                                + " (3, 0, now(), now(), 'jane.doe', 'jane-doe', 'Jane Doe', 'AUTHOR'),"
                                + " (4, 0, now(), now(), 'desk', 'editorial-desk', 'Editorial Desk', 'EDITOR')");
            }
            Migrations.migrate(source);
            Map<String, String> after = new LinkedHashMap<>();
            try (Statement s = keep.createStatement();
                    ResultSet rows = s.executeQuery("select login, display_name, slug from user_account order by id")) {
                while (rows.next()) {
                    after.put(rows.getString(1), rows.getString(2) + " /author/" + rows.getString(3) + "/");
                }
            }
            assertEquals(
                    Map.of(
                            "admin",
                            "Staff /author/staff/",
                            "nferre",
                            "Nadia Ferre /author/nadia-ferre/",
                            "jane.doe",
                            "Jane Doe /author/author/",
                            "desk",
                            "Editorial Desk /author/editorial-desk/"),
                    after);
        }
    }
}
