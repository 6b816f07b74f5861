package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The distribution on PostgreSQL instead of H2, configured the way the README says
 * (DOSSIER_DB_URL): migrations, demo content and pages all work there too.
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_TEST_PG_URL", matches = ".+")
class PostgresDistributionIT {

    @Test
    void theSiteRunsOnPostgresql() throws Exception {
        String server = System.getenv("DOSSIER_TEST_PG_URL");
        String schema = "dossier_dist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        Path work = Files.createTempDirectory(Path.of("target"), "dist-pg-it-");
        try (RunningDossier dossier = new RunningDossier(Path.of(System.getProperty("dossier.dist")), work)) {
            dossier.start(Map.of("DOSSIER_DB_URL", server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema));
            HttpClient http = HttpClient.newHttpClient();
            String home = http.send(HttpRequest.newBuilder(dossier.url("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(10, Jsoup.parse(home).select("article.entry-card").size());
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                    dossier.url("/2016/05/24/council-tries-to-gain-influence-on-capitol-hill/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, post.statusCode());
            assertTrue(Jsoup.parse(post.body()).selectFirst(".entry-byline").text().contains("Ruth Lindqvist"));
            assertTrue(dossier.output().contains("database jdbc:postgresql:"), "the launcher names the database it uses");
            assertTrue(!Files.exists(dossier.data.resolve("db")), "no H2 file is created when PostgreSQL is configured");
        } finally {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
