package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The distribution as a site owner runs it: the shared started {@code bin/dossier} on a free port
 * and a temporary data folder serves the smoke checks and the browser tests, then a restart
 * proves the data is kept. Runs before the admin's tests (see junit-platform.properties).
 */
@ExtendWith(SharedDistribution.class)
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final String ORGANIZATION = "/organization/veskaran-american-friendship-council/";
    /** One address of each kind of public page. */
    private static final List<String> PAGE_TYPES = List.of(
            "/",
            "/page/2/",
            "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/",
            "/about/",
            "/the-apologists/gerald-sykes/",
            "/category/news/",
            "/tag/vafc/",
            "/author/nadia-ferre/",
            "/2016/06/",
            "/?s=council",
            "/no-such-page/",
            "/person/marek-dalvi/",
            ORGANIZATION,
            "/tags/");

    private static final String FIRST_POST =
            "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";

    private RunningDossier dossier;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void useTheSharedDistribution() {
        dossier = SharedDistribution.dossier();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void oneCommandStartsTheSiteWithDemoContent() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        Document page = Jsoup.parse(home.body());
        assertEquals("Lobby Ledger", page.selectFirst(".site-title").text());
        assertEquals(10, page.select("article.entry-card").size());
        assertFalse(dossier.startupAnswers().isEmpty(), "the port answered while the site started");
        assertTrue(
                dossier.startupAnswers().stream().allMatch("503 5"::equals),
                "while it starts the site answers 503 with Retry-After, never a 404 or an empty 500: "
                        + dossier.startupAnswers());
        long rss = dossier.residentMiB();
        String metrics = "time from bin/dossier to first 200: %.1f s; resident memory after start: %d MiB%n"
                .formatted(dossier.timeToFirst200().toMillis() / 1000.0, rss);
        System.out.print(metrics);
        Files.writeString(Path.of("target", "dist-metrics.txt"), metrics);
    }

    @Test
    @Order(1)
    void textIsGzippedForBrowsersThatAcceptIt() throws Exception {
        // Browsers speak HTTP/1.1 to a plain-text server (they never upgrade to h2c).
        HttpClient browserLike =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/", "/feed/", "/api/v1/posts", "/static/site.css")) {
            HttpResponse<byte[]> zipped = browserLike.send(
                    HttpRequest.newBuilder(dossier.url(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"), path);
            String plain = get(path).body();
            try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertEquals(plain.length(), new String(in.readAllBytes(), StandardCharsets.UTF_8).length(), path);
            }
            assertTrue(zipped.body().length < plain.length() / 2, path + " shrinks to less than half");
        }
        assertTrue(
                get("/").headers().firstValue("Content-Encoding").isEmpty(), "no gzip for a client that did not ask");
        // Over HTTP/2 the listener does not compress, the page cache serves what it gzipped when it stored
        // the page: either way the header tells the truth about the body.
        HttpResponse<byte[]> upgraded = http.send(
                HttpRequest.newBuilder(dossier.url("/"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = upgraded.body();
        if (upgraded.headers().firstValue("Content-Encoding").orElse("none").equals("gzip")) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        } else {
            assertTrue(upgraded.headers().firstValue("Content-Encoding").isEmpty(), "gzip or nothing");
        }
        assertTrue(
                new String(body, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"),
                "a client that upgrades to HTTP/2 gets a body its headers describe");
    }

    @Test
    @Order(2)
    void theDroppedInPluginIsLoadedAndBadJarsAreReportedAndSkipped() throws Exception {
        String output = dossier.output();
        assertTrue(output.matches("(?s).*loaded\\s+hello-widget\\.jar\\s+hello\\s+1\\.0\\.0\\s+ok.*"), output);
        assertTrue(output.matches("(?s).*skipped\\s+garbage\\.jar.*not a readable jar.*"), output);
        assertTrue(
                output.matches("(?s).*skipped\\s+not-a-plugin\\.jar.*no META-INF/dossier-plugin\\.properties.*"),
                output);
        assertTrue(
                output.matches(
                        "(?s).*skipped\\s+from-the-future\\.jar\\s+future.*incompatible: supports API 2\\.0 – 2\\.x, this Dossier has 1\\.0.*"),
                output);
        assertTrue(
                output.matches(
                        "(?s).*skipped\\s+widgets-copy\\.jar\\s+widgets.*duplicate id \\(also in bundled dossier-plugin-widgets.*"),
                output);
        assertFalse(Files.exists(dossier.data.resolve("work/ROOT/WEB-INF/lib/plugin-garbage.jar")));

        Document home = Jsoup.parse(get("/").body());
        assertEquals(
                "Hello",
                home.selectFirst("aside .widget-greeting .widget-title").text());
        assertEquals("Hello, reader!", home.selectFirst(".hello-greeting").text());
    }

    @Test
    @Order(3)
    void itListensOnLoopbackOnly() throws IOException {
        List<String> sockets = listeningSocketsOf(dossier.pid());
        assertFalse(sockets.isEmpty());
        for (String address : sockets) {
            String host = address.substring(0, address.indexOf(':'));
            assertTrue(
                    host.equals("0100007F")
                            || host.equals("0000000000000000FFFF00000100007F")
                            || host.equals("00000000000000000000000001000000"),
                    "listens on loopback only: " + sockets);
        }
        assertTrue(sockets.stream().anyMatch(a -> a.endsWith(":%04X".formatted(dossier.port))));
    }

    /** Local addresses (hex, as in /proc/net/tcp*) of the TCP sockets the process listens on: HTTP and anything else. */
    private static List<String> listeningSocketsOf(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listing
                }
            });
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Files.readAllLines(Path.of(table)).stream()
                    .skip(1)
                    .map(String::trim)
                    .map(l -> l.split("\\s+"))
                    .filter(f -> f[3].equals("0A") && inodes.contains(f[9]))
                    .forEach(f -> listening.add(f[1]));
        }
        return listening;
    }

    @Test
    @Order(4)
    void aReaderBrowsesTheSiteInChromium() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            browser.get(dossier.url("/").toString());
            assertEquals("Lobby Ledger", browser.getTitle());
            Chromium.screenshot(browser, "home.png");

            WebElement council = browser.findElement(By.linkText("Friendship Council (VAFC)"));
            WebElement subMenu = council.findElement(By.xpath("following-sibling::ul"));
            assertFalse(subMenu.isDisplayed(), "sub-menu closed until hovered or focused");
            ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", council);
            assertTrue(subMenu.isDisplayed(), "keyboard focus opens the sub-menu");
            council.sendKeys(Keys.TAB);
            assertEquals(
                    "Phantom Memberships", browser.switchTo().activeElement().getText());

            ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");
            browser.findElement(By.linkText("Veskara Orders Messaging Apps to Store Data Inside the Country"))
                    .click();
            assertTrue(browser.getCurrentUrl().endsWith(FIRST_POST));
            assertEquals(
                    "By Nadia Ferre (Reporter)",
                    browser.findElement(By.cssSelector(".entry-byline")).getText());
            assertTrue(
                    browser.findElement(By.cssSelector(".entry-tags")).getText().contains("VAFC"));
            Chromium.screenshot(browser, "post.png");

            browser.manage().window().setSize(new Dimension(420, 900));
            browser.get(dossier.url("/").toString());
            WebElement menu = browser.findElement(By.id("primary-menu"));
            assertFalse(menu.isDisplayed(), "the menu folds behind a button on small screens");
            browser.findElement(By.cssSelector(".menu-toggle")).click();
            assertTrue(menu.isDisplayed());
            Chromium.screenshot(browser, "home-small.png");
        } finally {
            browser.quit();
        }
    }

    /** Every public page type, as the Nu Html Checker sees it: no error and no warning. */
    @Test
    @Order(5)
    void everyPublicPageTypeIsValidHtml() throws Exception {
        assertTrue(
                HtmlChecker.problems("<!DOCTYPE html><html lang=en><title>t</title><p><div></div></p>")
                        .contains("error"),
                "the checker reports what is wrong");
        Map<String, String> found = new LinkedHashMap<>();
        for (String path : PAGE_TYPES) {
            String problems = HtmlChecker.problems(get(path).body());
            if (!problems.isEmpty()) {
                found.put(path, problems);
            }
        }
        assertEquals(Map.of(), found);
    }

    /**
     * Every public page type, at desktop and phone widths and in dark mode: no axe-core WCAG 2.1
     * A/AA violation (contrast included).
     */
    @Test
    @Order(5)
    void everyPublicPageTypeMeetsWcag21AAOnDesktopAndPhoneAndInDarkMode() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            Map<String, List<String>> found = new LinkedHashMap<>();
            check(browser, "desktop", found);
            browser.manage().window().setSize(new Dimension(375, 812));
            check(browser, "phone", found);
            browser.manage().window().setSize(new Dimension(1280, 1000));
            ((ChromeDriver) browser)
                    .executeCdpCommand(
                            "Emulation.setEmulatedMedia",
                            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            check(browser, "dark", found);
            Chromium.screenshot(browser, "home-dark.png");
            assertEquals(Map.of(), found);
        } finally {
            browser.quit();
        }
    }

    private void check(WebDriver browser, String how, Map<String, List<String>> found) {
        for (String path : PAGE_TYPES) {
            browser.get(dossier.url(path).toString());
            List<String> violations = Accessibility.violations(browser);
            if (!violations.isEmpty()) {
                found.put(how + " " + path, violations);
            }
        }
    }

    @Test
    @Order(6)
    void dataSurvivesARestartAndARemovedPluginIsGone() throws Exception {
        dossier.stop();
        Files.delete(dossier.plugins.resolve("hello-widget.jar"));
        // Without the demo: anything the site shows now was kept from the first run.
        dossier.start(Map.of("DOSSIER_DEMO", "false"));
        Document home = Jsoup.parse(get("/").body());
        assertEquals(10, home.select("article.entry-card").size());
        assertTrue(home.select(".widget-greeting").isEmpty(), "the removed plugin is gone");
        assertEquals(1, home.select(".widget-recent-posts").size());
        assertEquals(200, get(FIRST_POST).statusCode());
        assertEquals(
                1,
                Files.readString(dossier.log).split("loaded demo content", -1).length - 1,
                "demo content is loaded once, on the first start only");
    }

    @Test
    @Order(7)
    void anUnreachableDatabaseStopsTheSiteWithAReason() throws Exception {
        // One Payara at a time on this small machine: the shared server pauses meanwhile.
        dossier.stop();
        Path work = Files.createTempDirectory(Path.of("target"), "dist-bad-db-");
        Path log = work.resolve("dossier.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("dossier.dist"), "bin", "dossier")
                        .toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DOSSIER_DATA", work.resolve("data").toString());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        builder.environment().put("DOSSIER_PORT", String.valueOf(port));
        builder.environment().put("DOSSIER_DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing");
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "bin/dossier gives up instead of serving 404s");
            assertEquals(1, process.exitValue());
            String output = Files.readString(log);
            assertTrue(output.contains("dossier: the application did not start"), output);
            assertTrue(output.contains("127.0.0.1:1"), "the log names the database it could not reach");
        } finally {
            process.destroyForcibly();
            dossier.start(Map.of());
        }
    }
}
