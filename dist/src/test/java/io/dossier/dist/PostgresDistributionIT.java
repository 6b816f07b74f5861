package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.WebDriver;

/**
 * The distribution on PostgreSQL, configured the way the README says (DOSSIER_DB_URL), started
 * on an empty database without the demo: a site owner builds a site like the seed through the
 * back office alone (settings, a category, a person, nested pages, the menu, a post with its
 * byline, category and tag), and readers see all of it.
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_TEST_PG_URL", matches = ".+")
class PostgresDistributionIT {

    private static final String PASSWORD = "postgres-owner-password";

    @Test
    void aSiteOwnerBuildsTheSiteFromAnEmptyDatabaseThroughTheAdminAlone() throws Exception {
        String server = System.getenv("DOSSIER_TEST_PG_URL");
        String schema =
                "dossier_dist_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        Path work = Files.createTempDirectory(Path.of("target"), "dist-pg-it-");
        try (RunningDossier dossier = new RunningDossier(Path.of(System.getProperty("dossier.dist")), work)) {
            dossier.start(Map.of(
                    "DOSSIER_DB_URL",
                    server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "DOSSIER_DEMO",
                    "false",
                    "DOSSIER_ADMIN_PASSWORD",
                    PASSWORD));
            assertTrue(
                    dossier.output().contains("database jdbc:postgresql:"), "the launcher names the database it uses");
            assertTrue(
                    !Files.exists(dossier.data.resolve("db")), "no H2 file is created when PostgreSQL is configured");
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(
                    0, page(http, dossier, "/").select("article.entry-card").size(), "an empty site");

            buildTheSite(dossier);

            Document home = page(http, dossier, "/");
            assertEquals("Lobby Ledger", home.selectFirst(".site-title").text());
            assertEquals(
                    "Following the money", home.selectFirst(".site-tagline").text());
            assertEquals(
                    List.of("About", "News"),
                    home.select("#primary-menu > li > a").eachText());
            assertEquals(
                    "© " + Year.now() + " Lobby Ledger",
                    home.selectFirst(".copyright").text());
            assertEquals(
                    List.of("Council Hires a Lobbyist"),
                    home.select("article.entry-card h2").eachText());
            assertTrue(home.select(".widget-recent-posts").text().contains("Council Hires a Lobbyist"));

            String permalink = home.selectFirst("article.entry-card h2 a").attr("href");
            Document post = page(http, dossier, URI.create(permalink).getPath());
            assertEquals(
                    "By Marek Dalvi (Reporter)",
                    post.selectFirst(".entry-byline").text());
            assertEquals(
                    "Filed Under: News", post.selectFirst(".entry-categories").text());
            assertEquals(
                    "Tagged With: Friendship Council",
                    post.selectFirst(".entry-tags").text());
            assertTrue(page(http, dossier, "/person/marek-dalvi/")
                    .selectFirst(".profile-bio")
                    .text()
                    .contains("An investigative reporter."));
            assertEquals(
                    200,
                    http.send(
                                    HttpRequest.newBuilder(dossier.url("/about/team/"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode(),
                    "the page dragged under About lives there");
        } finally {
            try (Connection c = DriverManager.getConnection(server);
                    Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void buildTheSite(RunningDossier dossier) throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", PASSWORD);
            AdminPages.Settings settings = new AdminPages.Settings(browser, dossier).open();
            settings.set("title", "Lobby Ledger");
            settings.set("tagline", "Following the money");
            settings.set("footerText", "© {year} Lobby Ledger");
            new AdminPages.Categories(browser, dossier).add("News");
            new AdminPages.Profile(browser, dossier)
                    .openNew()
                    .name("Marek Dalvi", "Person")
                    .bio("An investigative reporter.")
                    .save("Profile saved.");
            AdminPages.Pages pages = new AdminPages.Pages(browser, dossier);
            pages.add("About");
            pages.add("Team");
            pages.open().dragOnto("Team", "About");
            AdminPages.Menus menus = new AdminPages.Menus(browser, dossier).open();
            menus.addPage("About");
            menus.addCategory("News");
            new AdminPages.Editor(browser, dossier)
                    .openNew()
                    .title("Council Hires a Lobbyist")
                    .text("The Friendship Council has hired a lobbyist.")
                    .category("News")
                    .tag("Friendship Council")
                    .credit("Marek Dalvi", "Reporter")
                    .status("Published")
                    .save("Post published.");
            Chromium.screenshot(browser, "empty-site-editor.png");
        } finally {
            browser.quit();
        }
    }

    private static Document page(HttpClient http, RunningDossier dossier, String path) throws Exception {
        return Jsoup.parse(
                http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
    }
}
