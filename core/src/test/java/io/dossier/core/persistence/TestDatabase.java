package io.dossier.core.persistence;

import io.dossier.core.db.DatabaseConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, empty database for one test class: an H2 file under target/, or a PostgreSQL schema. */
public sealed interface TestDatabase extends AutoCloseable {

    DatabaseConfig config();

    @Override
    void close() throws SQLException;

    /** The PostgreSQL server to test against, e.g. jdbc:postgresql://127.0.0.1:5432/dossier_test?user=postgres. */
    String PG_URL_VARIABLE = "DOSSIER_TEST_PG_URL";

    record H2File(Path file) implements TestDatabase {

        public static H2File fresh() {
            return new H2File(Path.of("target", "h2-test", UUID.randomUUID().toString(), "dossier"));
        }

        @Override
        public DatabaseConfig config() {
            return new DatabaseConfig(DatabaseConfig.h2FileUrl(file), "dossier", "dossier");
        }

        @Override
        public void close() {}
    }

    record PostgresSchema(String serverUrl, String schema) implements TestDatabase {

        static PostgresSchema fresh() throws SQLException {
            String url = System.getenv(PG_URL_VARIABLE);
            String schema = "dossier_test_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
            }
            return new PostgresSchema(url, schema);
        }

        @Override
        public DatabaseConfig config() {
            String separator = serverUrl.contains("?") ? "&" : "?";
            return new DatabaseConfig(serverUrl + separator + "currentSchema=" + schema, null, null);
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(serverUrl);
                    Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
