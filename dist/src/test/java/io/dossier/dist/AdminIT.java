package io.dossier.dist;

import static io.dossier.dist.SharedDistribution.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office in Chromium against the shared started distribution: logging in, writing and
 * publishing, what each role may do, throttled password guessing and two editors saving the same
 * post. Screenshots of each screen land in target/screenshots/.
 */
@ExtendWith(SharedDistribution.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminIT {

    private static final String CONTRIBUTOR_PASSWORD = "contributor-password-1";

    private RunningDossier dossier;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void useTheSharedDistribution() {
        dossier = SharedDistribution.dossier();
    }

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheLoginFormWhichGivesThemNoSession() throws Exception {
        HttpResponse<String> posts = get("/admin/posts?status=DRAFT");
        assertEquals(302, posts.statusCode());
        // A path (RFC 9110 allows it): behind a TLS proxy an absolute one made by the container would say http.
        assertEquals(
                dossier.url("/admin/login?next=%2Fadmin%2Fposts%3Fstatus%3DDRAFT"),
                dossier.url("/").resolve(posts.headers().firstValue("Location").orElseThrow()));
        HttpResponse<String> login = get("/admin/login");
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Set-Cookie").isEmpty(), "showing the login form starts no session");
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(login.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("frame-ancestors 'none'")));
        assertTrue(
                login.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("'nonce-")),
                "PrimeFaces' scripts run under a nonce");
    }

    @Test
    @Order(2)
    void anAdministratorWritesAndPublishesAPostThatReadersAndFeedsThenShow() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            assertEquals("", new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD));
            assertEquals(dossier.url("/admin/").toString(), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.cssSelector(".admin-cards"))
                    .getText()
                    .contains("published"));
            Chromium.screenshot(browser, "admin-dashboard.png");

            AdminPages.Editor editor = new AdminPages.Editor(browser, dossier)
                    .openNew()
                    .title("Lobbyist Registers Shell Charity in Veskara")
                    .text("A newly registered charity shares its address with the Friendship Council.")
                    .category("News")
                    .tag("VAFC")
                    .tag("Karel Dvorsky")
                    .status("Published");
            Chromium.screenshot(browser, "admin-editor.png");
            assertTrue(editor.save("Post published.").contains("Post published."));
            String permalink = editor.viewLink();

            Document post = Jsoup.parse(get(URI.create(permalink).getPath()).body());
            assertEquals(
                    "Lobbyist Registers Shell Charity in Veskara",
                    post.selectFirst("h1.entry-title").text());
            assertTrue(post.selectFirst(".entry-content")
                    .text()
                    .contains("shares its address with the Friendship Council"));
            assertTrue(post.selectFirst(".entry-tags").text().contains("Karel Dvorsky"), "the new tag was created");
            assertTrue(get("/feed/").body().contains("Lobbyist Registers Shell Charity in Veskara"));

            browser.get(dossier.url("/admin/posts").toString());
            assertTrue(browser.findElement(By.id("posts:table"))
                    .getText()
                    .contains("Lobbyist Registers Shell Charity in Veskara"));
            Chromium.screenshot(browser, "admin-posts.png");

            String added = new AdminPages.Users(browser, dossier)
                    .open()
                    .add("casey", "Casey Contributor", "contributor", CONTRIBUTOR_PASSWORD);
            assertTrue(added.contains("Account casey added."), added);
            Chromium.screenshot(browser, "admin-users.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    void aContributorSubmitsForReviewButCannotPublishOrManageUsers() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            assertEquals("", new AdminPages.Login(browser, dossier).open().as("casey", CONTRIBUTOR_PASSWORD));
            assertTrue(browser.findElements(By.linkText("Users")).isEmpty(), "no Users menu for contributors");
            AdminPages.Editor editor = new AdminPages.Editor(browser, dossier)
                    .openNew()
                    .title("Notes From the Committee Hearing")
                    .text("Draft notes.");
            assertEquals(List.of("Draft", "Pending review"), editor.statuses());
            editor.status("Pending review");
            assertTrue(editor.save("Post submitted for review.").contains("submitted for review"));
            String preview = editor.previewLink();
            browser.get(preview);
            assertEquals(
                    "Notes From the Committee Hearing",
                    browser.findElement(By.cssSelector("h1.entry-title")).getText());
            assertTrue(browser.findElement(By.cssSelector(".preview-notice"))
                    .getText()
                    .contains("Readers cannot see it yet"));
            assertEquals(
                    "noindex, nofollow",
                    browser.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"));
            HttpResponse<String> anonymous = get(URI.create(preview).getPath());
            assertTrue(
                    anonymous.statusCode() / 100 == 3
                            && anonymous
                                    .headers()
                                    .firstValue("Location")
                                    .orElseThrow()
                                    .contains("/admin/login"),
                    "readers are sent to the login form, not shown the draft");

            browser.get(dossier.url("/admin/account").toString());
            browser.findElement(By.id("pw:password")).sendKeys(CONTRIBUTOR_PASSWORD);
            browser.findElement(By.id("pw:change")).click();
            assertTrue(
                    AdminPages.awaitMessage(browser, "Your password is changed.")
                            .contains("Your password is changed."),
                    "every role changes its own password");

            browser.get(dossier.url("/admin/users").toString());
            assertTrue(AdminPages.messages(browser).contains("may not manage users"), AdminPages.messages(browser));
            assertTrue(browser.findElements(By.id("add:login")).isEmpty());
            assertEquals(404, get("/notes-from-the-committee-hearing/").statusCode());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(4)
    void twoEditorsSavingTheSamePostConflictAndNothingIsOverwritten() throws Exception {
        WebDriver first = Chromium.start();
        WebDriver second = Chromium.start();
        try {
            new AdminPages.Login(first, dossier).open().as("admin", ADMIN_PASSWORD);
            new AdminPages.Login(second, dossier).open().as("admin", ADMIN_PASSWORD);
            first.get(dossier.url("/admin/posts").toString());
            String editUrl = first.findElement(By.linkText("Lobbyist Registers Shell Charity in Veskara"))
                    .getAttribute("href");
            AdminPages.Editor a = new AdminPages.Editor(first, dossier).open(editUrl);
            AdminPages.Editor b = new AdminPages.Editor(second, dossier).open(editUrl);

            a.title("Lobbyist Registers Shell Charity, Records Show").save("Post published.");
            String refused = b.title("A Title That Must Not Win").save("Someone else saved this post");
            assertTrue(refused.contains("Your changes were not saved"), refused);
            Chromium.screenshot(second, "admin-conflict.png");
            assertEquals(
                    "Lobbyist Registers Shell Charity, Records Show",
                    Jsoup.parse(get(URI.create(a.viewLink()).getPath()).body())
                            .selectFirst("h1.entry-title")
                            .text());

            b.reloadLatest();
            assertEquals("Lobbyist Registers Shell Charity, Records Show", b.currentTitle());
        } finally {
            first.quit();
            second.quit();
        }
    }

    @Test
    @Order(5)
    void theFifthWrongPasswordLocksTheAccountForAWhile() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            AdminPages.Login login = new AdminPages.Login(browser, dossier);
            for (int i = 0; i < 4; i++) {
                String refused = login.open().as("casey", "wrong-password-" + i);
                assertTrue(refused.contains("Wrong login or password."), refused);
            }
            String fifth = login.open().as("casey", "wrong-password-4");
            assertTrue(fifth.contains("Too many failed attempts. Try again in 30 seconds."), fifth);
            String locked = login.open().as("casey", CONTRIBUTOR_PASSWORD);
            assertTrue(locked.contains("Too many failed attempts. Try again in"), locked);
            assertTrue(browser.getCurrentUrl().contains("/admin/login"), "even the right password waits out the lock");
            Chromium.screenshot(browser, "admin-login-locked.png");
            HttpResponse<String> api = http.send(
                    HttpRequest.newBuilder(dossier.url("/api/v1/admin/plugins"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(("casey:" + CONTRIBUTOR_PASSWORD).getBytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, api.statusCode(), "the API obeys the same lock");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(6)
    void anAdministratorChangesARoleAndItSticks() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.Users users = new AdminPages.Users(browser, dossier).open();
            String changed = users.changeRole("casey", "author");
            assertTrue(changed.contains("casey is now author."), changed);
            users.open();
            assertEquals("author", users.roleOf("casey"));

            String needsHeir = users.delete("casey", null, "choose who they go to");
            assertTrue(needsHeir.contains("casey wrote 1 post or page; choose who they go to"), needsHeir);
            String deleted = users.delete("casey", "admin", "Account casey deleted.");
            assertTrue(deleted.contains("Account casey deleted."), deleted);
            assertFalse(users.logins().contains("casey"));
            browser.get(dossier.url("/admin/posts").toString());
            assertTrue(
                    browser.findElement(By.xpath("//tr[td//a[normalize-space(.)='Notes From the Committee Hearing']]"))
                            .getText()
                            .contains("Site Administrator"),
                    "casey's post now belongs to admin");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(7)
    void anAdministratorChangesSettingsArrangesWidgetsAndSwitchesPluginsWithoutARestart() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            String footer = Jsoup.parse(get("/").body()).selectFirst("footer").text();
            AdminPages.Settings settings = new AdminPages.Settings(browser, dossier).open();
            settings.tagline("Following the money behind the lobby");
            settings.feedItems(3);
            settings.set("robotsTxt", "User-agent: *\nDisallow: /private/");
            Chromium.screenshot(browser, "admin-settings.png");
            assertEquals(
                    "Following the money behind the lobby",
                    Jsoup.parse(get("/").body()).selectFirst(".site-tagline").text());
            assertEquals(
                    footer, Jsoup.parse(get("/").body()).selectFirst("footer").text(), "the footer's {year} is kept");
            Document feed = Jsoup.parse(get("/feed/").body(), "", Parser.xmlParser());
            assertEquals(3, feed.select("item").size());
            String robots = get("/robots.txt").body();
            assertTrue(robots.startsWith("User-agent: *\nDisallow: /private/\n"), robots);
            assertTrue(
                    robots.contains("Sitemap: " + dossier.url("/sitemap.xml")), "the sitemap line is added: " + robots);
            assertEquals(
                    3,
                    feed.select("item").stream()
                            .filter(i -> !i.getElementsByTag("content:encoded").isEmpty())
                            .count());

            // A WebSub hub on loopback: the feed names it, and publishing a post pings it.
            BlockingQueue<String> pings = new LinkedBlockingQueue<>();
            HttpServer hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            hub.createContext("/hub", exchange -> {
                pings.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            hub.start();
            try {
                String hubUrl = "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub";
                settings.open().set("websubHub", hubUrl);
                Document withHub = Jsoup.parse(get("/feed/").body(), "", Parser.xmlParser());
                assertEquals(
                        hubUrl,
                        withHub.select("channel > atom|link[rel=hub]").attr("href"),
                        "the feed names its hub: " + withHub.select("channel > atom|link"));
                new AdminPages.Editor(browser, dossier)
                        .openNew()
                        .title("Hub Ping Test")
                        .text("Pinged.")
                        .status("Published")
                        .save("Post published.");
                String ping = pings.poll(15, TimeUnit.SECONDS);
                assertEquals(
                        "hub.mode=publish&hub.url="
                                + URLEncoder.encode(dossier.url("/feed/").toString(), StandardCharsets.UTF_8),
                        ping);
                assertEquals(
                        null,
                        pings.poll(2, TimeUnit.SECONDS),
                        "one save, one ping, however many changes the save made");
                settings.open().set("websubHub", "");
            } finally {
                hub.stop(0);
            }

            AdminPages.Widgets widgets = new AdminPages.Widgets(browser, dossier).open();
            Chromium.screenshot(browser, "admin-widgets.png");
            widgets.show("widgets.recent-posts", false);
            assertTrue(
                    Jsoup.parse(get("/").body()).select(".widget-recent-posts").isEmpty(), "switched off at once");
            widgets.open().show("widgets.recent-posts", true);
            assertEquals(
                    1,
                    Jsoup.parse(get("/").body()).select(".widget-recent-posts").size());

            AdminPages.Plugins plugins = new AdminPages.Plugins(browser, dossier).open();
            Chromium.screenshot(browser, "admin-plugins.png");
            plugins.setting("feeds.rss", "Full text in the feed", false);
            Document summaries = Jsoup.parse(get("/feed/").body(), "", Parser.xmlParser());
            assertEquals(3, summaries.select("item").size());
            assertTrue(summaries.getElementsByTag("content:encoded").isEmpty(), "only summaries now");
            plugins.setting("feeds.rss", "Full text in the feed", true);
            plugins.switchPlugin("Tag cloud", false);
            assertEquals(404, get("/tags/").statusCode());
            plugins.switchPlugin("Tag cloud", true);
            assertEquals(200, get("/tags/").statusCode());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(8)
    void anEditorMergesADuplicateTagAndTurnsATagIntoAPersonProfile() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.Tags tags = new AdminPages.Tags(browser, dossier).open();
            tags.add("K. Dvorsky");
            Chromium.screenshot(browser, "admin-tags.png");
            String merged = tags.merge("K. Dvorsky", "Karel Dvorsky");
            assertTrue(merged.contains("K. Dvorsky merged into Karel Dvorsky"), merged);
            HttpResponse<String> old = get("/tag/k-dvorsky/");
            assertEquals(301, old.statusCode(), "the merged tag's address leads to the other tag");
            assertEquals(
                    "/tag/karel-dvorsky/",
                    URI.create(old.headers().firstValue("Location").orElseThrow())
                            .getPath());

            assertEquals(404, get("/person/karel-dvorsky/").statusCode());
            String made = tags.makePerson("Karel Dvorsky");
            assertTrue(made.contains("Karel Dvorsky now has a person profile."), made);
            Document profile = Jsoup.parse(get("/person/karel-dvorsky/").body());
            assertEquals("Karel Dvorsky", profile.selectFirst("h1").text());
            assertTrue(
                    profile.text().contains("Lobbyist Registers Shell Charity"), "the profile lists the tagged post");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(9)
    void anEditorAddsAnOrganisationProfileAndABadLinkIsRefusedWithAMessage() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.Profile profile = new AdminPages.Profile(browser, dossier)
                    .openNew()
                    .name("Veskara Heritage Fund", "Organisation")
                    .link("Register entry", "javascript:alert(1)");
            String refused = profile.save("Links must be web addresses");
            assertTrue(refused.contains("Links must be web addresses"), refused);
            String saved = profile.fixLastLink("https://register.example/vhf").save("Profile saved.");
            assertTrue(saved.contains("Profile saved."), saved);
            Chromium.screenshot(browser, "admin-profile.png");

            Document page =
                    Jsoup.parse(get("/organization/veskara-heritage-fund/").body());
            assertEquals("Veskara Heritage Fund", page.selectFirst("h1").text());
            assertEquals(
                    "https://register.example/vhf",
                    page.selectFirst("a:contains(Register entry)").attr("href"));
            browser.get(dossier.url("/admin/people").toString());
            assertTrue(browser.findElement(By.id("people:table")).getText().contains("Veskara Heritage Fund"));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(10)
    void anUploadThatIsNotAnImageIsRefusedAndAnImageGetsAThumbnail() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "uploads-");
        Path fake =
                Files.writeString(folder.resolve("notes.png"), "<html><script>alert('not an image')</script></html>");
        Path photo = folder.resolve("council-office.png");
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(100, 100, 300, 200);
        ImageIO.write(image, "png", photo.toFile());
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.MediaLibrary media = new AdminPages.MediaLibrary(browser, dossier).open();
            String refused = media.upload(fake, "Notes");
            assertTrue(
                    refused.contains(
                            "notes.png is neither an image (JPEG, PNG, GIF, WebP) nor a document the library keeps"),
                    refused);
            assertTrue(browser.findElements(By.cssSelector(".media-grid img")).isEmpty(), "nothing was stored");
            assertEquals(
                    "Notes", browser.findElement(By.id("upload:alt")).getAttribute("value"), "what was typed is kept");

            Path huge = folder.resolve("huge.png");
            byte[] bytes = new byte[13 * 1024 * 1024];
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
            Files.write(huge, bytes);
            String tooLarge = media.open().upload(huge, "Too large");
            assertTrue(tooLarge.contains("larger than 10 MB"), tooLarge);
            assertTrue(browser.findElements(By.cssSelector(".media-grid img")).isEmpty(), "nothing was stored");

            String uploaded = media.open().upload(photo, "The Friendship Council office on Harbour Street");
            assertTrue(uploaded.contains("council-office.png uploaded."), uploaded);
            Chromium.screenshot(browser, "admin-media.png");
            String thumbnail = browser.findElement(
                            By.cssSelector(".media-grid img[alt='The Friendship Council office on Harbour Street']"))
                    .getAttribute("src");
            HttpResponse<byte[]> thumb = http.send(
                    HttpRequest.newBuilder(URI.create(thumbnail)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, thumb.statusCode());
            assertEquals("image/png", thumb.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(thumb.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
            assertEquals(
                    320, ImageIO.read(new ByteArrayInputStream(thumb.body())).getWidth());
            assertTrue(
                    browser.findElement(By.cssSelector(".media-grid")).getText().contains("800 × 600"));

            String empty = media.describe("The Friendship Council office on Harbour Street", " ");
            assertTrue(empty.contains("Describe the image for people who cannot see it"), empty);
            media.open().describe("The Friendship Council office on Harbour Street", "Council office, Harbour Street");
            assertEquals(
                    1,
                    browser.findElements(By.cssSelector(".media-grid img[alt='Council office, Harbour Street']"))
                            .size());

            // A document goes into the library too, without alt text, and is served as what it is.
            Path minutes = Files.writeString(
                    folder.resolve("council-minutes.pdf"), "%PDF-1.4\n% Minutes of the council\n%%EOF\n");
            String pdf = media.open().upload(minutes, "");
            assertTrue(pdf.contains("council-minutes.pdf uploaded."), pdf);
            WebElement document =
                    browser.findElement(By.xpath("//ul[@class='media-grid']/li[span[@class='file-kind'][.='PDF']]"));
            assertTrue(document.getText().contains("council-minutes.pdf"), document.getText());
            HttpResponse<String> served = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    document.findElement(By.tagName("a")).getAttribute("href")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode());
            assertEquals(
                    "application/pdf",
                    served.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(served.body().startsWith("%PDF-1.4"));

            // The library is searched by name, title, alt text or caption; a page number from the address is forgiving.
            browser.get(dossier.url("/admin/media?q=MINUTES").toString());
            assertEquals(
                    List.of("council-minutes.pdf"),
                    browser.findElements(By.cssSelector(".media-grid li div a")).stream()
                            .map(WebElement::getText)
                            .toList());
            browser.get(dossier.url("/admin/media?q=no+such+file").toString());
            assertEquals(
                    "Nothing in the library matches “no such file”.",
                    browser.findElement(By.cssSelector(".nothing-found")).getText());
            browser.get(dossier.url("/admin/media?page=abc").toString());
            assertEquals(
                    2,
                    browser.findElements(By.cssSelector(".media-grid > li")).size(),
                    "the first page: " + browser.getPageSource().substring(0, 200));
            assertTrue(browser.findElements(By.id("pageOf")).isEmpty(), "one page needs no pager");

            AdminPages.Editor editor = new AdminPages.Editor(browser, dossier)
                    .openNew()
                    .title("Inside the Council Office")
                    .text("We visited the office on Harbour Street.")
                    .featureImage("Council office, Harbour Street")
                    .insertImage("Council office, Harbour Street")
                    .seo("Harbour Street Office Visit", "Inside the lobby group's office.")
                    .status("Published");
            Chromium.screenshot(browser, "admin-editor-image.png");
            editor.save("Post published.");
            String editorUrl = browser.getCurrentUrl();
            Document post =
                    Jsoup.parse(get(URI.create(editor.viewLink()).getPath()).body());
            var featured = post.selectFirst("figure.featured-image img");
            assertEquals("Council office, Harbour Street", featured.attr("alt"));
            assertEquals("800", featured.attr("width"), "dimensions keep the layout from shifting");
            assertTrue(featured.attr("src").startsWith("/media/")
                    && featured.attr("src").endsWith("-council-office.png"));
            String stem = featured.attr("src").replaceFirst("\\.png$", "");
            assertEquals(
                    stem + "-480w.png 480w, " + stem + "-768w.png 768w, " + stem + ".png 800w",
                    featured.attr("srcset"),
                    "phones download a copy resized at upload, not the 800-pixel original");
            assertTrue(featured.attr("sizes").contains("100vw"), featured.attr("sizes"));
            HttpResponse<String> small = get(stem + "-480w.png");
            assertEquals(200, small.statusCode());
            assertEquals("image/png", small.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(
                    featured.attr("srcset"),
                    post.selectFirst(".entry-content img[alt='Council office, Harbour Street']")
                            .attr("srcset")
                            .replace(" ,", ","),
                    "an image in the text gets the resized copies too");
            assertEquals(
                    featured.attr("src"),
                    post.selectFirst(".entry-content img[alt='Council office, Harbour Street']")
                            .attr("src"),
                    "the image inserted into the text");
            assertTrue(
                    post.selectFirst("meta[property=og:image]").attr("content").endsWith(featured.attr("src")));
            assertTrue(post.title().startsWith("Harbour Street Office Visit – "), post.title());
            assertEquals(
                    "Inside the lobby group's office.",
                    post.selectFirst("meta[name=description]").attr("content"));
            assertEquals(
                    "Inside the Council Office",
                    post.selectFirst("h1.entry-title").text(),
                    "the page keeps its own headline");

            AdminPages.Profile profile = new AdminPages.Profile(browser, dossier)
                    .openNew()
                    .name("Harbour Street Trust", "Organisation")
                    .photoFromLibrary("Council office, Harbour Street");
            assertEquals(featured.attr("src"), profile.photoUrl());
            profile.save("Profile saved.");
            Document trust =
                    Jsoup.parse(get("/organization/harbour-street-trust/").body());
            assertEquals(
                    featured.attr("src"),
                    trust.selectFirst(".profile-header img").attr("src"));

            // Credited and named in the text, the Trust is linked by the people plugin; the post's
            // body is then the same HTML for readers, feed readers and both APIs.
            new AdminPages.Editor(browser, dossier)
                    .open(editorUrl)
                    .append(" The Harbour Street Trust owns the building.")
                    .credit("Harbour Street Trust", "Photographs")
                    .save("Post published.");
            String permalink = URI.create(editor.viewLink()).getPath();
            String pageBody = Jsoup.parse(get(permalink).body())
                    .selectFirst(".entry-content")
                    .html();
            assertTrue(pageBody.contains("href=\"/organization/harbour-street-trust/\""), pageBody);
            assertTrue(pageBody.contains("480w"), "the image in the text has its srcset: " + pageBody);
            long id = Long.parseLong(editorUrl.replaceFirst(".*[?&]id=(\\d+).*", "$1"));
            Document rss = Jsoup.parse(get("/feed/").body(), "", Parser.xmlParser());
            String rssBody = rss.select("item").stream()
                    .filter(item -> item.selectFirst("link").text().endsWith(permalink))
                    .findFirst()
                    .orElseThrow()
                    .selectFirst("content|encoded")
                    .text();
            String apiBody = json(get("/api/v1/posts/" + id).body()).getString("bodyHtml");
            String wpBody = json(get("/wp-json/wp/v2/posts/" + id).body())
                    .getJsonObject("content")
                    .getString("rendered");
            String expected = sameHtml(pageBody);
            assertEquals(expected, sameHtml(rssBody), "the RSS item");
            assertEquals(expected, sameHtml(apiBody), "/api/v1/posts/" + id);
            assertEquals(expected, sameHtml(wpBody), "/wp-json/wp/v2/posts/" + id);
            assertTrue(
                    rssBody.contains("href=\"" + dossier.url("/organization/harbour-street-trust/") + "\""),
                    "away from the site, links carry its address: " + rssBody);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(11)
    void anEditorWritesPagesAndDragsOneUnderAnotherAndTheOldAddressLeadsThere() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.Pages pages = new AdminPages.Pages(browser, dossier);
            pages.add("Our Team");
            pages.add("Editors");
            assertEquals(200, get("/editors/").statusCode());
            String moved = pages.open().dragOnto("Editors", "Our Team");
            assertTrue(moved.contains("Editors is now under Our Team."), moved);
            Chromium.screenshot(browser, "admin-pages.png");
            assertEquals(200, get("/our-team/editors/").statusCode());
            HttpResponse<String> old = get("/editors/");
            assertEquals(301, old.statusCode());
            assertEquals(
                    "/our-team/editors/",
                    URI.create(old.headers().firstValue("Location").orElseThrow())
                            .getPath());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(12)
    void anAdministratorBuildsTheMenuWithAPageAndANestedLinkAndReadersSeeIt() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            new AdminPages.Pages(browser, dossier).add("Get Involved");
            AdminPages.Menus menus = new AdminPages.Menus(browser, dossier).open();
            menus.addPage("Get Involved");
            String refused = menus.addLink("Newsletter", "javascript:alert(1)", "web address");
            assertTrue(refused.contains("Enter a web address"), refused);
            menus.addLink("Newsletter", "/newsletter/", "Added to the menu.");
            assertTrue(
                    menus.items().containsAll(List.of("Get Involved", "Newsletter")),
                    menus.items().toString());
            String moved = menus.dragOnto("Newsletter", "Get Involved");
            assertTrue(moved.contains("Newsletter is now under Get Involved."), moved);
            Chromium.screenshot(browser, "admin-menus.png");

            Document home = Jsoup.parse(get("/").body());
            assertEquals(
                    List.of("Newsletter"),
                    home.select("#primary-menu > li:has(> a[href=/get-involved/]) > ul.sub-menu > li > a")
                            .eachText(),
                    "the link is nested under the page in the site's menu");

            menus.remove("Get Involved");
            Document after = Jsoup.parse(get("/").body());
            assertEquals(
                    1,
                    after.select("#primary-menu > li > a[href=/newsletter/]").size(),
                    "the sub-item takes its place");
            assertTrue(after.select("#primary-menu a[href=/get-involved/]").isEmpty(), "the page left the menu");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(13)
    void anEditorComparesRevisionsRestoresAnOldOneAndFindsTheAutosaveAfterLeaving() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            AdminPages.Editor editor = new AdminPages.Editor(browser, dossier)
                    .openNew()
                    .title("Budget Leak")
                    .text("The original account.")
                    .status("Draft");
            editor.save("Post saved.");
            editor.previewLink();
            editor.append(" A correction.").save("Post saved.");
            editor.append(" Typed but never saved.");
            assertTrue(editor.awaitAutosave().startsWith("Autosaved at"));

            browser.navigate().refresh();
            assertTrue(editor.offersNewerAutosave(), "coming back, the editor offers the unsaved work");
            AdminPages.Revisions revisions = editor.revisions();
            List<String> entries = revisions.entries();
            assertEquals(3, entries.size(), entries.toString());
            assertTrue(entries.getFirst().contains("autosave"), entries.toString());
            revisions.show(1);
            assertEquals(List.of("<p>The original account.</p>"), revisions.lines("removed"));
            assertEquals(List.of("<p>The original account. A correction.</p>"), revisions.lines("added"));
            Chromium.screenshot(browser, "admin-revisions.png");

            revisions.show(2);
            String restored = revisions.restore();
            assertTrue(restored.contains("Restored the revision"), restored);
            assertEquals("The original account.", editor.bodyText());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(14)
    void everyScreenOfTheBackOfficeMeetsWcag21AA() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            Map<String, List<String>> found = new LinkedHashMap<>();
            browser.get(dossier.url("/admin/login").toString());
            found.put("login", Accessibility.violations(browser));
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            for (String screen : List.of(
                    "",
                    "posts",
                    "post",
                    "pages",
                    "page",
                    "categories",
                    "tags",
                    "media",
                    "people",
                    "profile",
                    "menus",
                    "widgets",
                    "plugins",
                    "users",
                    "settings",
                    "account",
                    "import",
                    "export")) {
                browser.get(dossier.url("/admin/" + screen).toString());
                found.put(screen.isEmpty() ? "dashboard" : screen, Accessibility.violations(browser));
            }
            found.values().removeIf(List::isEmpty);
            assertEquals(Map.of(), found);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(15)
    void anAdministratorImportsAWordPressExportAndWatchesItsProgressToTheReport() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "imports-");
        Path export = Files.writeString(folder.resolve("old-site.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Old Site</title><wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>http://old.example</wp:base_site_url>
                <wp:author><wp:author_id>7</wp:author_id><wp:author_login><![CDATA[archivist]]></wp:author_login>
                  <wp:author_display_name><![CDATA[Ada Archivist]]></wp:author_display_name></wp:author>
                <wp:category><wp:term_id>9</wp:term_id><wp:category_nicename><![CDATA[archive]]></wp:category_nicename>
                  <wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Archive]]></wp:cat_name></wp:category>
                <item><title><![CDATA[Letters From the Old Site]]></title>
                  <link>http://old.example/2013/03/04/letters-from-the-old-site/</link>
                  <dc:creator><![CDATA[archivist]]></dc:creator>
                  <content:encoded><![CDATA[First paragraph of the letters.

                Second paragraph.]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
                  <wp:post_id>9001</wp:post_id><wp:post_date><![CDATA[2013-03-04 10:00:00]]></wp:post_date>
                  <wp:post_date_gmt><![CDATA[2013-03-04 10:00:00]]></wp:post_date_gmt>
                  <wp:post_name><![CDATA[letters-from-the-old-site]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
                  <wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type><![CDATA[post]]></wp:post_type>
                  <wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="archive"><![CDATA[Archive]]></category>
                  <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Thanks]]></wp:comment_content></wp:comment>
                </item>
                </channel></rss>
                """);
        Path broken = Files.writeString(
                folder.resolve("broken.xml"), Files.readString(export).replace("</item>", ""));
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            browser.findElement(By.linkText("Import")).click();
            browser.findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
            browser.findElement(By.id("send")).click();
            awaitImport(browser, "table.import-report");
            String report =
                    browser.findElement(By.cssSelector("table.import-report")).getText();
            assertTrue(report.contains("posts 1 0 0"), report);
            assertTrue(report.contains("categories 1 0 0"), report);
            assertTrue(browser.findElement(By.cssSelector(".import-notes"))
                    .getText()
                    .contains("1 comments counted, not imported"));
            assertEquals(
                    "100", browser.findElement(By.cssSelector("progress#bar")).getAttribute("value"));
            assertEquals(List.of(), Accessibility.violations(browser), "the import screen with its report");
            Chromium.screenshot(browser, "admin-import.png");

            Document post =
                    Jsoup.parse(get("/2013/03/04/letters-from-the-old-site/").body());
            assertEquals("Letters From the Old Site", post.selectFirst("h1").text());
            assertEquals(2, post.select(".entry-content p").size(), "paragraphs as WordPress showed them");
            assertEquals(301, get("/?p=9001").statusCode());

            browser.findElement(By.id("again")).click();
            browser.findElement(By.id("file")).sendKeys(broken.toAbsolutePath().toString());
            browser.findElement(By.id("send")).click();
            awaitImport(browser, "#error");
            String error = browser.findElement(By.id("error")).getText();
            assertTrue(
                    error.contains("not well-formed")
                            && error.contains("(line ")
                            && error.endsWith("nothing was imported."),
                    error);

            browser.findElement(By.linkText("Export")).click();
            String href = browser.findElement(By.id("wxr")).getAttribute("href");
            String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> download = http.send(
                    HttpRequest.newBuilder(URI.create(href))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, download.statusCode());
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElseThrow()
                    .matches("attachment; filename=\"lobby-ledger\\.wordpress\\.\\d{4}-\\d{2}-\\d{2}\\.xml\""));
            Document wxr = Jsoup.parse(download.body(), "", Parser.xmlParser());
            assertTrue(
                    wxr.select("item").stream()
                            .anyMatch(i -> i.select("title").text().equals("Letters From the Old Site")),
                    "the imported post goes out again");
            assertEquals("1.2", wxr.select("wp|wxr_version").text());
            assertTrue(
                    http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            != 200,
                    "not for anonymous readers");
            HttpResponse<String> everything = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    browser.findElement(By.id("json")).getAttribute("href")))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, everything.statusCode());
            assertTrue(
                    everything.body().matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"dossier-site\".*"),
                    everything.body().substring(0, 80));
            assertTrue(
                    Pattern.compile("\"kind\"\\s*:\\s*\"(PERSON|ORGANIZATION)\"")
                                    .matcher(everything.body())
                                    .results()
                                    .count()
                            > 10,
                    "the profiles WXR cannot carry");
            assertFalse(everything.body().toLowerCase().contains("password"), "never the passwords");

            HttpResponse<byte[]> archive = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    browser.findElement(By.id("archive")).getAttribute("href")))
                            .header("Cookie", "JSESSIONID=" + session)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, archive.statusCode());
            assertTrue(archive.headers()
                    .firstValue("Content-Disposition")
                    .orElseThrow()
                    .matches("attachment; filename=\"lobby-ledger\\.dossier\\.\\d{4}-\\d{2}-\\d{2}\\.zip\""));
            Map<String, byte[]> entries = new TreeMap<>();
            try (var zip = new ZipInputStream(new ByteArrayInputStream(archive.body()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
            String document = new String(entries.get("site.json"), StandardCharsets.UTF_8);
            assertTrue(
                    document.matches("(?s).*\"altText\"\\s*:\\s*\"Council office, Harbour Street\".*"),
                    "the library item uploaded earlier");
            assertTrue(
                    entries.keySet().stream()
                            .anyMatch(name -> name.startsWith("media/") && name.endsWith("-council-office.png")),
                    "and its file: " + entries.keySet());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(16)
    void anApplicationWritesWithATokenMadeInTheAdminAndLimitedToItsRole() throws Exception {
        WebDriver browser = Chromium.start();
        try {
            new AdminPages.Login(browser, dossier).open().as("admin", ADMIN_PASSWORD);
            browser.get(dossier.url("/admin/account").toString());
            browser.findElement(By.id("token:name")).sendKeys("Publishing script");
            new Select(browser.findElement(By.id("token:role"))).selectByVisibleText("Contributor");
            browser.findElement(By.id("token:create")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(b -> !b.findElements(By.id("token:secret")).isEmpty());
            String token = browser.findElement(By.id("token:secret")).getAttribute("value");
            assertTrue(token.startsWith("dossier_"), token);
            String listed = browser.findElement(By.id("tokens")).getText();
            assertTrue(listed.contains("Publishing script contributor") && listed.contains("never"), listed);
            assertEquals(List.of(), Accessibility.violations(browser), "the account screen with its tokens");

            HttpResponse<String> published = bearer(
                    token,
                    "POST",
                    "/api/v1/posts",
                    "{\"title\": \"Scripted Scoop\", \"body\": \"<p>Text</p>\", \"status\": \"published\"}");
            assertEquals(
                    403,
                    published.statusCode(),
                    "a contributor token may not publish, whoever made it: " + published.body());
            HttpResponse<String> pending = bearer(
                    token,
                    "POST",
                    "/api/v1/posts",
                    "{\"title\": \"Scripted Scoop\", \"body\": \"<p>Text</p>\", \"status\": \"pending\"}");
            assertEquals(201, pending.statusCode(), pending.body());
            assertEquals(403, bearer(token, "GET", "/api/v1/admin/users", null).statusCode());
            HttpResponse<String> wrong = bearer(token + "x", "GET", "/api/v1/posts", null);
            assertEquals(401, wrong.statusCode());
            assertTrue(
                    wrong.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));

            browser.navigate().refresh();
            assertFalse(browser.findElement(By.id("tokens")).getText().contains("never"), "its last use is shown");
            browser.findElement(By.id("tokens:list:0:revoke")).click();
            // The form is replaced by the Ajax update while this reads it: a stale element means "look again".
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(b -> b.findElement(By.id("tokens")).getText().contains("No tokens yet."));
            assertEquals(
                    401,
                    bearer(token, "POST", "/api/v1/posts", "{\"title\": \"After revoking\"}")
                            .statusCode());
        } finally {
            browser.quit();
        }
    }

    private HttpResponse<String> bearer(String token, String method, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(dossier.url(path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the import page to show {@code selector}; on timeout, says what the page showed instead. */
    private static void awaitImport(WebDriver browser, String selector) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(b -> !b.findElements(By.cssSelector(selector)).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no " + selector + " at " + browser.getCurrentUrl() + ": "
                            + Jsoup.parse(browser.getPageSource())
                                    .select("main, body")
                                    .first()
                                    .text(),
                    e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body's HTML as a browser would read it: parsed, with every link, image and srcset candidate on the site's address. */
    private String sameHtml(String html) {
        Document body = Jsoup.parseBodyFragment(html, dossier.url("/").toString());
        body.select("[href]").forEach(e -> e.attr("href", e.absUrl("href")));
        body.select("[src]").forEach(e -> e.attr("src", e.absUrl("src")));
        URI site = URI.create(dossier.url("/").toString());
        body.select("[srcset]")
                .forEach(e -> e.attr(
                        "srcset",
                        String.join(
                                ", ",
                                Arrays.stream(e.attr("srcset").split(","))
                                        .map(candidate -> candidate.strip().split("\\s+", 2))
                                        .map(parts -> site.resolve(parts[0]) + (parts.length > 1 ? " " + parts[1] : ""))
                                        .toList())));
        return body.body().html();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
