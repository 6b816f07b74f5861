package io.dossier.core.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the database is. {@code DOSSIER_DB_URL} (with user and password) selects PostgreSQL or
 * any other JDBC URL; without it Dossier uses an embedded H2 file under {@code DOSSIER_DATA}.
 */
public record DatabaseConfig(String url, String user, String password) {

    /**
     * DB_CLOSE_ON_EXIT=FALSE: the container closes the database with its pool, not a JVM hook racing it.
     * WRITE_DELAY=0: H2 has no redo log and by default writes committed changes half a second later,
     * so a killed process loses what it had acknowledged; with 0 every commit is on disk when it returns.
     */
    static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    /** Reads the settings through {@code lookup} (MicroProfile Config, or the environment in tests). */
    public static DatabaseConfig resolve(Function<String, Optional<String>> lookup) {
        Optional<String> url = lookup.apply("DOSSIER_DB_URL").filter(s -> !s.isBlank());
        if (url.isPresent()) {
            return new DatabaseConfig(
                    url.get(),
                    lookup.apply("DOSSIER_DB_USER").orElse(null),
                    lookup.apply("DOSSIER_DB_PASSWORD").orElse(null));
        }
        Path data = Path.of(
                        lookup.apply("DOSSIER_DATA").filter(s -> !s.isBlank()).orElse("data"))
                .toAbsolutePath();
        return new DatabaseConfig(h2FileUrl(data.resolve("db").resolve("dossier")), "dossier", "dossier");
    }

    public static String h2FileUrl(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().normalize() + H2_OPTIONS;
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, for logs. */
    public String describe() {
        int cut = url.indexOf(isH2() ? ';' : '?');
        return cut < 0 ? url : url.substring(0, cut);
    }
}
