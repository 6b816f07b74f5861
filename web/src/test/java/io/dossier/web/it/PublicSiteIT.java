package io.dossier.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.dossier.web.it.plugins.BrokenWidget;
import io.dossier.web.it.plugins.FutureWidget;
import io.dossier.web.it.plugins.HostileEnricher;
import io.dossier.web.it.plugins.SlowWidget;
import io.dossier.web.it.plugins.UnloadableWidget;
import io.dossier.web.rest.DossierApi;
import io.dossier.web.rest.wordpress.WordPressApi;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.SAXException;

/**
 * The built WAR deployed in Payara Micro on a fresh H2 database with the demo content, plus two
 * third-party plugin jars (one that always fails, one for a future API): every public URL form
 * answers with the right page, redirect or status, and plugins are discovered, guarded and
 * administered without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class PublicSiteIT {

    private static final String FIRST_POST =
            "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";
    private static final String VAFC = "/veskaran-american-friendship-council-vafc/";

    @ArquillianResource
    URL base;

    /**
     * HTTP/1.1, as browsers speak to a plain-text listener. Java's client otherwise upgrades to h2c
     * and reuses one HTTP/2 connection for everything; in CI, once, Grizzly left a request on it
     * unanswered until its 30-second idle timeout closed the connection (EOF), failing a test whose
     * pages answer in milliseconds.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The real WAR, as ROOT so it serves at "/" like the distribution; data starts empty. */
    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        Path data = Path.of(System.getProperty("it.data"));
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("dossier.war")))
                .as(WebArchive.class)
                .addAsLibraries(
                        plugin("broken", "1.0", BrokenWidget.class, UnloadableWidget.class, SlowWidget.class),
                        plugin("future", "2.0", FutureWidget.class),
                        plugin("hostile", "1.0", HostileEnricher.class));
    }

    /** A plugin jar as a third party builds it: descriptor, beans.xml, one widget. */
    private static JavaArchive plugin(String id, String apiMin, Class<?>... widgets) {
        return ShrinkWrap.create(JavaArchive.class, id + "-plugin.jar")
                .addClasses(widgets)
                .addAsManifestResource(
                        new StringAsset("id=" + id + "\nname=" + id + "\nversion=1\napi.min=" + apiMin + "\napi.max="
                                + apiMin.charAt(0) + ".x\n"),
                        "dossier-plugin.properties")
                .addAsManifestResource(new StringAsset("<beans bean-discovery-mode=\"annotated\"/>"), "beans.xml");
    }

    private static final String ADMIN = "admin:" + System.getProperty("it.adminPassword");

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return as(ADMIN, method, path, json);
    }

    /** A request with HTTP Basic credentials {@code login:password}. */
    private HttpResponse<String> as(String credentials, String method, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The server listens on loopback only, whatever host name Arquillian reports. */
    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + base.getPort() + path);
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    /** A validator for one of the sitemaps.org schemas kept in the test resources. */
    private static Validator sitemapSchema(String name) throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PublicSiteIT.class.getResource("/sitemaps/" + name))
                .newValidator();
    }

    private static Source xml(String text) {
        return new StreamSource(new StringReader(text));
    }

    private void assertRedirect(String from, String to) throws Exception {
        HttpResponse<String> response = get(from);
        assertEquals(301, response.statusCode(), from);
        assertEquals(
                uri(to).getPath() + (uri(to).getQuery() == null ? "" : "?" + uri(to).getQuery()),
                URI.create(response.headers().firstValue("Location").orElseThrow())
                        .resolve("")
                        .toString()
                        .replaceFirst("^https?://[^/]+", ""),
                from);
    }

    private void assertStatus(int status, String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), path);
        assertFalse(response.body().contains("Exception"), "no stack trace on " + path);
    }

    @Test
    void theFrontPageLooksLikeTheSeedSite() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "anonymous readers get no session");
        Document home = Jsoup.parse(response.body());
        assertEquals("Lobby Ledger", home.selectFirst(".site-title").text());
        assertTrue(home.selectFirst(".site-tagline").text().startsWith("Tracking the lobbyists"));

        Element council = home.select("#primary-menu > li").stream()
                .filter(li -> li.selectFirst("a").text().equals("Friendship Council (VAFC)"))
                .findFirst()
                .orElseThrow();
        assertEquals(11, council.select(".sub-menu > li").size());
        assertEquals("Phantom Memberships", council.selectFirst(".sub-menu a").text());

        List<Element> cards = home.select("article.entry-card");
        assertEquals(10, cards.size());
        Element first = cards.getFirst();
        assertEquals(FIRST_POST, first.selectFirst(".entry-title a").attr("href"));
        assertEquals("June 1, 2016", first.selectFirst("time").text());
        assertEquals("Site Administrator", first.selectFirst(".entry-author").text());
        assertEquals("By Nadia Ferre", first.selectFirst(".entry-byline").text());
        assertEquals(
                "Filed Under: Blog, News", first.selectFirst(".entry-terms").text());
        assertEquals(
                "© Copyright " + Year.now().getValue() + " LobbyLedger.example · All Rights Reserved.",
                home.selectFirst(".site-footer .copyright").text());
        assertEquals("/page/2/", home.selectFirst(".pagination a.older").attr("href"));
    }

    @Test
    void theSidebarShowsTheSeedSitesWidgetsFromThePlugin() throws Exception {
        Document post = page(FIRST_POST);
        List<Element> widgets = post.select("aside.sidebar > section.widget");
        assertEquals(
                List.of("widget widget-page-menu", "widget widget-recent-posts"),
                widgets.stream().map(Element::className).toList());
        Element pageMenu = widgets.getFirst();
        assertEquals(
                "Veskaran-American Friendship Council (VAFC)",
                pageMenu.selectFirst(".widget-title").text());
        assertEquals(11, pageMenu.select("li").size());
        Element recent = widgets.get(1);
        assertEquals("Recent Posts", recent.selectFirst(".widget-title").text());
        assertEquals(5, recent.select("li").size());
        assertEquals(FIRST_POST, recent.selectFirst("a").attr("href"));

        Element onAnotherSection = page("/the-apologists/gerald-sykes/").selectFirst("aside .widget-page-menu");
        assertEquals(
                "The Apologists", onAnotherSection.selectFirst(".widget-title").text(), "a page shows its own section");
    }

    @Test
    void theFrontPageIsPaged() throws Exception {
        Document second = page("/page/2/");
        assertEquals(10, second.select("article.entry-card").size());
        assertEquals(9, page("/page/3/").select("article.entry-card").size());
        assertRedirect("/page/1/", "/");
        assertStatus(404, "/page/4/");
    }

    @Test
    void aPostShowsItsBylineCategoriesAndTags() throws Exception {
        Document post = page(FIRST_POST);
        assertEquals(
                "Veskara Orders Messaging Apps to Store Data Inside the Country",
                post.selectFirst("h1.entry-title").text());
        assertEquals(
                "By Nadia Ferre (Reporter)", post.selectFirst(".entry-byline").text());
        assertEquals(
                "Filed Under: Blog, News", post.selectFirst(".entry-categories").text());
        assertEquals(
                "/category/news/",
                post.selectFirst(".entry-categories a:contains(News)").attr("href"));
        assertTrue(post.selectFirst(".entry-tags").text().startsWith("Tagged With: Featured, Internet Censorship"));
        assertEquals(
                "/tag/tomas-hale/",
                post.selectFirst(".entry-tags a:contains(Tomas Hale)").attr("href"));
        assertEquals(
                uri(FIRST_POST).toString(),
                post.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(post.selectFirst(".entry-content").text().contains("Supreme Council on Cyberspace"));
    }

    @Test
    void aMigratedSitesDocumentsAreServedButNeverPagesOrScripts() throws Exception {
        // What a site owner copies from the old site's wp-content/uploads: posts link to PDFs and .jpeg files.
        Path uploads = Files.createDirectories(
                Path.of(System.getProperty("it.data"), "media", "wp-content", "uploads", "2014", "05"));
        Files.writeString(uploads.resolve("annual-report.pdf"), "%PDF-1.4\n%%EOF\n");
        Files.write(uploads.resolve("portrait.jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        Files.writeString(uploads.resolve("page.html"), "<script>alert(1)</script>");
        Files.writeString(
                uploads.resolve("drawing.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        HttpResponse<String> pdf = get("/media/wp-content/uploads/2014/05/annual-report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(pdf.body().startsWith("%PDF-1.4"));
        assertEquals(
                "image/jpeg",
                get("/media/wp-content/uploads/2014/05/portrait.jpeg")
                        .headers()
                        .firstValue("Content-Type")
                        .orElseThrow());
        assertStatus(404, "/media/wp-content/uploads/2014/05/page.html");
        assertStatus(404, "/media/wp-content/uploads/2014/05/drawing.svg");
        assertStatus(404, "/media/wp-content/uploads/2014/05/missing.pdf");
        HttpResponse<String> old = get("/wp-content/uploads/2014/05/annual-report.pdf");
        assertEquals(301, old.statusCode(), "the old site's address of the file");
        assertTrue(old.headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/media/wp-content/uploads/2014/05/annual-report.pdf"));
    }

    @Test
    void oldAndSloppyPostAddressesRedirectToTheCanonicalOne() throws Exception {
        assertRedirect(FIRST_POST.replace("/01/", "/02/"), FIRST_POST);
        assertRedirect(FIRST_POST.substring(0, FIRST_POST.length() - 1), FIRST_POST);
        String id = page(FIRST_POST).selectFirst("article.entry-single").id().replace("post-", "");
        assertRedirect("/?p=" + id, FIRST_POST);
        assertStatus(404, "/?p=987654321");
        HttpResponse<String> upload = get("/wp-content/uploads/2013/03/harbour.jpg");
        assertEquals(301, upload.statusCode(), "a migrated site's upload address");
        assertTrue(upload.headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/media/wp-content/uploads/2013/03/harbour.jpg"));
        assertStatus(404, "/?p=not-a-number");
        assertStatus(404, "/2016/06/01/no-such-post/");
        assertStatus(404, "/2031/01/15/scheduled-our-annual-report-on-foreign-lobbying/");
    }

    @Test
    void pagesNestByPath() throws Exception {
        Document council = page(VAFC);
        assertEquals(11, council.select(".subpages li").size());
        Document survey = page(VAFC + "survey/");
        assertEquals("Survey", survey.selectFirst("h1").text());
        assertEquals(VAFC, survey.selectFirst(".breadcrumbs a").attr("href"));
        String id = survey.selectFirst("article.entry-page").id().replace("page-", "");
        assertRedirect("/?page_id=" + id, VAFC + "survey/");
        assertRedirect(VAFC + "survey", VAFC + "survey/");
        assertEquals("About", page("/about/").selectFirst("h1").text());
        assertStatus(404, "/survey/");
    }

    @Test
    void categoryTagAndAuthorArchives() throws Exception {
        Document news = page("/category/news/");
        assertEquals("Category: News", news.selectFirst("h1.archive-title").text());
        assertEquals(10, news.select("article.entry-card").size());
        assertEquals(
                5, page("/category/news/page/2/").select("article.entry-card").size());
        assertEquals(
                "Tag: Tomas Hale", page("/tag/tomas-hale/").selectFirst("h1").text());
        assertEquals(
                9, page("/author/nadia-ferre/").select("article.entry-card").size());
        assertStatus(404, "/author/nferre/"); // the login: readers never learn it, not even from a redirect
        assertStatus(404, "/category/no-such-category/");
        assertStatus(404, "/tag/no-such-tag/");
        assertStatus(404, "/author/nobody/");
    }

    @Test
    void dateArchives() throws Exception {
        assertEquals("Year: 2016", page("/2016/").selectFirst("h1").text());
        assertEquals("Month: June 2016", page("/2016/06/").selectFirst("h1").text());
        assertEquals(1, page("/2016/06/01/").select("article.entry-card").size());
        assertStatus(404, "/2010/");
        assertStatus(404, "/2016/13/");
    }

    @Test
    void searchWithPaging() throws Exception {
        Document found = page("/?s=satellite");
        assertEquals("Search results for “satellite”", found.selectFirst("h1").text());
        assertEquals(1, found.select("article.entry-card").size());
        assertEquals("satellite", found.selectFirst("#search-terms").val());
        assertEquals(
                "Nothing found",
                page("/?s=no+such+words+anywhere").selectFirst(".no-results h2").text());
        Document council = page("/?s=council");
        assertTrue(council.selectFirst(".pagination a.older").attr("href").startsWith("/page/2/?s=council"));
        assertEquals(200, get("/page/2/?s=council").statusCode());
        Document sanction = page("/?s=sanction");
        assertTrue(
                sanction.select(".entry-summary mark").eachText().stream()
                        .anyMatch(w -> w.equalsIgnoreCase("sanctions")),
                "ranked by the index, which finds the word's forms and marks them in the snippet");
    }

    @Test
    void unknownAddressesGetARealNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no-such-page/");
        assertEquals(404, response.statusCode());
        Document notFound = Jsoup.parse(response.body());
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertEquals("Lobby Ledger", notFound.selectFirst(".site-title").text(), "the 404 page keeps the site's frame");
        assertStatus(404, "/views/post.xhtml");
        assertStatus(404, "/wp-login.php");
    }

    @Test
    void readersCannotWriteToPublicPages() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .build());
        assertEquals(405, response.statusCode());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void aFailingPluginLeavesAnEmptySpotAndShowsAsDegraded() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> home = get("/");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, home.statusCode());
        assertTrue(millis < 10_000, "the page answers (took " + millis + " ms)");
        assertFalse(home.body().contains("Slow box"));
        assertFalse(home.body().contains("Broken box"));
        assertFalse(home.body().contains("From the future"));
        String plugins = admin("GET", "/api/v1/admin/plugins", null).body();

        assertTrue(
                plugins.matches(
                        "(?s).*\"reason\":\"broken.unloadable failed to load: java.lang.NoClassDefFoundError: .*MissingHelper.*\"state\":\"DEGRADED\".*"),
                plugins);
        assertTrue(plugins.contains("\"problem\":\"failed to load: java.lang.NoClassDefFoundError"), plugins);
        long again = System.nanoTime();
        assertEquals(200, get("/about/").statusCode());
        assertTrue((System.nanoTime() - again) / 1_000_000 < 1_500, "a degraded widget is not called again");
        assertTrue(
                plugins.matches("(?s).*supports API 2.0 – 2.x, this Dossier has 1.0.*\"state\":\"INCOMPATIBLE\".*"),
                plugins);
    }

    @Test
    void whatAnEnricherAddsIsSanitizedForEveryReader() throws Exception {
        Element content = page(HostileEnricher.TARGET).selectFirst(".entry-content");
        assertEquals(
                "Added by a plugin", content.selectFirst("p.enricher-added").text(), "what is harmless stays");
        assertFalse(content.selectFirst("p.enricher-added").hasAttr("onclick"), content.html());
        assertTrue(content.select("script").isEmpty(), content.html());
        long id = Long.parseLong(
                page(HostileEnricher.TARGET).selectFirst("article.entry").id().substring("post-".length()));
        String api = get("/wp-json/wp/v2/posts/" + id).body();
        assertTrue(api.contains("enricher-added") && !api.contains("steal()"), api);
        String dossierApi = get("/api/v1/posts/" + id).body();
        assertTrue(dossierApi.contains("Added by a plugin") && !dossierApi.contains("steal()"), dossierApi);
        assertFalse(page("/about/").html().contains("enricher-added"), "a page is not enriched");
    }

    @Test
    void anAdministratorSwitchesAWidgetOffAndOnWithoutARestart() throws Exception {
        assertEquals(1, page("/").select("aside .widget-recent-posts").size());
        assertEquals(
                204,
                admin("POST", "/api/v1/admin/extensions/widgets.recent-posts", "{\"enabled\":false}")
                        .statusCode());
        assertEquals(0, page("/").select("aside .widget-recent-posts").size());
        assertEquals(
                204,
                admin(
                                "POST",
                                "/api/v1/admin/extensions/widgets.recent-posts",
                                "{\"enabled\":true,\"title\":\"Latest\",\"config\":{\"count\":\"3\"}}")
                        .statusCode());
        Element recent = page("/").selectFirst("aside .widget-recent-posts");
        assertEquals("Latest", recent.selectFirst(".widget-title").text());
        assertEquals(3, recent.select("li").size());
        assertEquals(
                204,
                admin(
                                "POST",
                                "/api/v1/admin/extensions/widgets.recent-posts",
                                "{\"title\":\"\",\"config\":{\"count\":\"5\"}}")
                        .statusCode());
        assertEquals(
                204,
                admin("POST", "/api/v1/admin/plugins/widgets", "{\"enabled\":false}")
                        .statusCode());
        assertTrue(page("/").select("aside .widget").isEmpty(), "a disabled plugin renders nothing");
        assertEquals(
                204,
                admin("POST", "/api/v1/admin/plugins/widgets", "{\"enabled\":true}")
                        .statusCode());
        assertEquals(
                "Recent Posts",
                page("/")
                        .selectFirst("aside .widget-recent-posts .widget-title")
                        .text());
    }

    @Test
    void pluginAdministrationIsForAdministratorsAndExplainsMistakes() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/admin/plugins");
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "Basic realm=\"Dossier\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        HttpResponse<String> badValue =
                admin("POST", "/api/v1/admin/extensions/widgets.recent-posts", "{\"config\":{\"count\":\"many\"}}");
        assertEquals(400, badValue.statusCode());
        assertTrue(badValue.body().contains("\"field\":\"config.count\""), badValue.body());
        assertEquals(
                400,
                admin("POST", "/api/v1/admin/extensions/widgets.recent-posts", "{\"area\":\"ceiling\"}")
                        .statusCode());
        assertEquals(
                400,
                admin("POST", "/api/v1/admin/extensions/widgets.recent-posts", "{\"config\":{\"colour\":\"red\"}}")
                        .statusCode());
        assertEquals(
                400,
                admin("POST", "/api/v1/admin/extensions/widgets.recent-posts", "not json")
                        .statusCode());
        assertEquals(
                404,
                admin("POST", "/api/v1/admin/extensions/nobody.nothing", "{\"enabled\":false}")
                        .statusCode());
        assertEquals(
                404,
                admin("POST", "/api/v1/admin/plugins/future", "{\"enabled\":true}")
                        .statusCode(),
                "an incompatible plugin cannot be switched on");
    }

    @Test
    void theSiteAndEveryListHaveFeedsThatARealParserReads() throws Exception {
        HttpResponse<String> rss = get("/feed/");
        assertEquals(200, rss.statusCode());
        assertTrue(rss.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
        SyndFeed site = new SyndFeedInput().build(new StringReader(rss.body()));
        assertEquals(10, site.getEntries().size());
        SyndEntry newest = site.getEntries().getFirst();
        assertEquals("Veskara Orders Messaging Apps to Store Data Inside the Country", newest.getTitle());
        assertEquals(uri(FIRST_POST).toString(), newest.getLink(), "absolute permalinks");
        assertTrue(newest.getUri().startsWith("urn:uuid:"));
        assertEquals(
                newest.getUri(),
                new SyndFeedInput()
                        .build(new StringReader(get("/feed/").body()))
                        .getEntries()
                        .getFirst()
                        .getUri(),
                "GUIDs stay the same");

        SyndFeed atom = new SyndFeedInput()
                .build(new StringReader(get("/category/news/feed/atom/").body()));
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("Lobby Ledger » Category: News", atom.getTitle());
        assertEquals(10, atom.getEntries().size());
        SyndFeed tag = new SyndFeedInput()
                .build(new StringReader(get("/tag/tomas-hale/feed/").body()));
        assertTrue(tag.getEntries().stream().allMatch(e -> e.getLink().contains("/20")));
        assertEquals(200, get("/author/nadia-ferre/feed/").statusCode());
        assertEquals(200, get("/feed/?s=satellite").statusCode());
        assertEquals(
                1,
                new SyndFeedInput()
                        .build(new StringReader(get("/feed/?s=satellite").body()))
                        .getEntries()
                        .size());
        HttpResponse<String> json = get("/feed/json/");
        assertTrue(json.body().startsWith("{\"version\":\"https://jsonfeed.org/version/1.1\""), json.body());
        assertEquals(200, get("/?feed=rss2").statusCode(), "WordPress's feed query keeps working");
        assertStatus(404, "/tag/no-such-tag/feed/");
        assertStatus(404, "/feed/nonsense/");
    }

    @Test
    void unchangedFeedsAnswer304() throws Exception {
        HttpResponse<String> first = get("/feed/atom/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/feed/atom/"))
                .header("If-None-Match", etag)
                .build());
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(
                304,
                send(HttpRequest.newBuilder(uri("/feed/atom/"))
                                .header("If-Modified-Since", lastModified)
                                .build())
                        .statusCode());
        assertEquals(
                200,
                send(HttpRequest.newBuilder(uri("/feed/"))
                                .header("If-None-Match", etag)
                                .build())
                        .statusCode(),
                "another format has another ETag");
    }

    @Test
    void everyPageAnnouncesItsFeeds() throws Exception {
        List<String> home = page("/").select("link[rel=alternate]").eachAttr("href");
        assertEquals(List.of("/feed/", "/feed/atom/", "/feed/json/"), home);
        List<String> category =
                page("/category/news/").select("link[rel=alternate]").eachAttr("href");
        assertTrue(
                category.containsAll(List.of("/category/news/feed/", "/category/news/feed/atom/")),
                category.toString());
        assertEquals(
                "application/rss+xml",
                page(FIRST_POST).selectFirst("link[rel=alternate]").attr("type"));
    }

    @Test
    void theTagsPageShowsAnAccessibleCloud() throws Exception {
        Document tags = page("/tags/");
        assertEquals("Tags", tags.selectFirst("h1").text());
        Element vafc = tags.selectFirst(".tag-cloud a[href=/tag/vafc/]");
        assertEquals("VAFC (11 posts)", vafc.text(), "the count is in the text, not only in the size");
        assertEquals("tag-weight-5", vafc.className());
        assertEquals(
                "Ministry of Information (1 post)",
                tags.selectFirst(".tag-cloud a[href=/tag/ministry-of-information/]")
                        .text());
        assertStatus(404, "/tags/anything/");
        assertStatus(404, "/about/page/2/");

        assertEquals(
                204,
                admin(
                                "POST",
                                "/api/v1/admin/extensions/tagcloud.cloud",
                                "{\"enabled\":true,\"config\":{\"count\":\"5\"}}")
                        .statusCode());
        try {
            Element widget = page("/").selectFirst("aside .widget-cloud");
            assertEquals(5, widget.select(".tag-cloud li").size());
        } finally {
            admin("POST", "/api/v1/admin/extensions/tagcloud.cloud", "{\"enabled\":false}");
        }
    }

    @Test
    void peopleAndOrganisationsHaveProfilesWithTheirPostsAndFeeds() throws Exception {
        Document marek = page("/person/marek-dalvi/");
        assertEquals("Marek Dalvi", marek.selectFirst("h1").text());
        assertEquals(
                "President, Veskaran-American Friendship Council",
                marek.selectFirst(".profile-role").text());
        assertEquals(
                "Posts about Marek Dalvi (5)",
                marek.selectFirst(".profile-posts h2").text());
        JsonObject jsonLd = Json.createReader(new StringReader(
                        marek.selectFirst("script[type=application/ld+json]").data()))
                .readObject();
        assertEquals("Person", jsonLd.getString("@type"));
        assertEquals("Marek Dalvi", jsonLd.getString("name"));

        String council = "/organization/veskaran-american-friendship-council/";
        Document org = page(council);
        assertEquals(
                "Posts about Veskaran-American Friendship Council (11)",
                org.selectFirst(".profile-posts h2").text());
        assertEquals(10, org.select(".profile-posts li").size());
        assertEquals(1, page(council + "page/2/").select(".profile-posts li").size());
        assertStatus(404, council + "page/3/");
        assertStatus(404, "/person/nobody-at-all/");
        assertStatus(404, "/person/" + "veskaran-american-friendship-council/");

        SyndFeed feed = new SyndFeedInput()
                .build(new StringReader(get(council + "feed/").body()));
        assertEquals(10, feed.getEntries().size());
        assertTrue(org.select("link[rel=alternate]").eachAttr("href").contains(council + "feed/"));

        Document tag = page("/tag/marek-dalvi/");
        assertEquals(
                "/person/marek-dalvi/",
                tag.selectFirst(".archive-profile a").attr("href"),
                "the tag points to the profile");
    }

    @Test
    void aPostNamesItsPeopleAndRelatedPostsSayWhy() throws Exception {
        Document post = page("/2016/05/24/council-tries-to-gain-influence-on-capitol-hill/");
        Element people = post.selectFirst(".after-post .widget-in-article");
        assertEquals(
                "People in this article", people.selectFirst(".widget-title").text());
        assertEquals(
                List.of("Nadia Ferre", "Ruth Lindqvist", "Tomas Hale", "Veskaran-American Friendship Council"),
                people.select(".profile-card .name").eachText());
        assertTrue(people.selectFirst(".profile-card .role").text().startsWith("Reporter"));
        assertEquals(
                "/person/tomas-hale/",
                people.select(".profile-card .name").get(2).attr("href"));
        Element related = post.selectFirst(".after-post .widget-related");
        assertEquals(5, related.select("li").size());
        assertTrue(related.selectFirst(".why").text().startsWith("shares "), related.text());
        assertTrue(page("/about/").select(".after-post .widget").isEmpty(), "only posts have the area under the text");

        assertEquals(
                "Nadia Ferre, Ruth Lindqvist",
                post.selectFirst("meta[name=author]").attr("content"),
                "a head contributor");
        assertEquals(
                "/person/tomas-hale/",
                post.selectFirst(".entry-content a.profile-link").attr("href"),
                "a content enricher links the first mention of a person");
        assertEquals(
                1,
                post.select(".entry-content a.profile-link[href=/person/tomas-hale/]")
                        .size());
    }

    @Test
    void themeFilesAreFingerprintedAndKeptForAYear() throws Exception {
        Document home = page("/");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/static/site\\.css\\?v=[0-9a-f]{16}"), css);
        HttpResponse<String> current = get(css);
        assertEquals(200, current.statusCode());
        assertEquals(
                "public, max-age=31536000, immutable",
                current.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(current.headers().allValues("Vary").contains("Accept-Encoding"), "a shared cache keeps gzip apart");
        assertEquals(
                "public, max-age=600",
                get("/static/site.css?v=0123456789abcdef")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElseThrow(),
                "an old fingerprint is not kept long");
        assertEquals(
                "public, max-age=600",
                get("/static/site.css").headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(home.selectFirst("script[src^=/static/site.js?v=]").hasAttr("defer"), "no render-blocking script");

        HttpResponse<String> icon = get(home.selectFirst("link[rel=icon]").attr("href"));
        assertEquals(200, icon.statusCode(), "browsers find the site's icon instead of a 404");
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void searchEnginesFindEveryPublicAddressThroughSitemapsAndRobots() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Sitemap: " + uri("/sitemap.xml")), robots.body());

        Document index = Jsoup.parse(get("/sitemap.xml").body(), "", Parser.xmlParser());
        List<String> children = index.select("sitemap > loc").eachText();
        assertEquals(
                List.of("posts", "pages", "categories", "tags", "people", "organizations").stream()
                        .map(s -> uri("/sitemap-" + s + "-1.xml").toString())
                        .toList(),
                children);
        assertEquals(
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                index.selectFirst("sitemapindex").attr("xmlns"));
        assertEquals(get("/sitemap.xml").body(), get("/wp-sitemap.xml").body(), "WordPress's address answers too");

        Document posts = Jsoup.parse(get("/sitemap-posts-1.xml").body(), "", Parser.xmlParser());
        assertEquals(29, posts.select("url").size(), "public posts only");
        assertTrue(posts.select("url > loc").eachText().contains(uri(FIRST_POST).toString()));
        assertTrue(posts.selectFirst("url > lastmod").text().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"));
        Document people = Jsoup.parse(get("/sitemap-people-1.xml").body(), "", Parser.xmlParser());
        assertTrue(people.select("url > loc")
                .eachText()
                .contains(uri("/person/marek-dalvi/").toString()));
        Validator indexSchema = sitemapSchema("siteindex.xsd");
        indexSchema.validate(xml(get("/sitemap.xml").body()));
        Validator urlsetSchema = sitemapSchema("sitemap.xsd");
        for (String child : children) {
            HttpResponse<String> sitemap = get(URI.create(child).getPath());
            assertEquals(200, sitemap.statusCode(), child);
            urlsetSchema.validate(xml(sitemap.body()));
        }
        Assertions.assertThrows(
                SAXException.class,
                () -> urlsetSchema.validate(xml(
                        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://127.0.0.1/a/</loc>"
                                + "<lastmod>yesterday</lastmod></url></urlset>")),
                "the schema refuses a malformed lastmod");
        assertStatus(404, "/sitemap-posts-2.xml");
        assertStatus(404, "/sitemap-nonsense-1.xml");
    }

    @Test
    void searchEnginesAndSocialNetworksReadStructuredData() throws Exception {
        Document post = page(FIRST_POST);
        assertEquals("article", post.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(
                uri(FIRST_POST).toString(),
                post.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(
                "Veskara Orders Messaging Apps to Store Data Inside the Country",
                post.selectFirst("meta[property=og:title]").attr("content"));
        JsonArray graph = Json.createReader(new StringReader(post.selectFirst("head script[type=application/ld+json]")
                        .data()))
                .readObject()
                .getJsonArray("@graph");
        JsonObject article = graph.getJsonObject(0);
        assertEquals("NewsArticle", article.getString("@type"));
        assertEquals("2016-06-01T13:30:00Z", article.getString("datePublished"));
        assertEquals(
                "Nadia Ferre", article.getJsonArray("author").getJsonObject(0).getString("name"));
        assertEquals(
                uri("/person/nadia-ferre/").toString(),
                article.getJsonArray("author").getJsonObject(0).getString("url"));
        assertEquals("BreadcrumbList", graph.getJsonObject(1).getString("@type"));
        assertEquals(3, graph.getJsonObject(1).getJsonArray("itemListElement").size());

        JsonObject website = Json.createReader(new StringReader(page("/")
                        .selectFirst("head script[type=application/ld+json]")
                        .data()))
                .readObject()
                .getJsonArray("@graph")
                .getJsonObject(0);
        assertEquals("WebSite", website.getString("@type"));
        assertEquals(
                uri("/").toString() + "?s={search_term_string}",
                website.getJsonObject("potentialAction").getString("target"));

        assertEquals(
                "noindex, follow",
                page("/?s=council").selectFirst("meta[name=robots]").attr("content"));
        assertTrue(page("/category/news/").select("meta[name=robots]").isEmpty());
        assertTrue(page("/2016/").select("meta[name=robots]").isEmpty(), "a year of seven posts is worth indexing");
        assertEquals(
                "noindex, follow",
                page("/tag/nuclear-program/").selectFirst("meta[name=robots]").attr("content"),
                "a tag with one post is a thin archive");
        assertEquals(
                "noindex, follow",
                page("/2016/06/").selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void thePublicPostsAreReadableAsJsonWithPagingHeaders() throws Exception {
        HttpResponse<String> list = get("/api/v1/posts");
        assertEquals(200, list.statusCode());
        JsonArray posts = Json.createReader(new StringReader(list.body())).readArray();
        assertEquals(10, posts.size());
        assertEquals(
                "Veskara Orders Messaging Apps to Store Data Inside the Country",
                posts.getJsonObject(0).getString("title"));
        assertEquals(uri(FIRST_POST).toString(), posts.getJsonObject(0).getString("url"));
        assertEquals("29", list.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(list.headers().firstValue("Link").orElseThrow().contains("page=2>; rel=\"next\""));

        HttpResponse<String> tagged = get("/api/v1/posts?tag=vafc&per_page=5&page=3");
        assertEquals("11", tagged.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(
                1,
                Json.createReader(new StringReader(tagged.body())).readArray().size());

        long id = posts.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject one = Json.createReader(
                        new StringReader(get("/api/v1/posts/" + id).body()))
                .readObject();
        assertTrue(one.getString("bodyHtml").contains("Supreme Council on Cyberspace"));
        assertTrue(one.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                .anyMatch(t -> t.getString().equals("VAFC")));

        HttpResponse<String> tooMany = get("/api/v1/posts?per_page=500");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("\"field\":\"per_page\""), tooMany.body());
        assertEquals(400, get("/api/v1/posts?tag=vafc&category=news").statusCode());
        assertEquals(404, get("/api/v1/posts?category=no-such-category").statusCode());
        assertEquals(404, get("/api/v1/posts/987654321").statusCode());
        assertTrue(get("/api/v1/posts/987654321")
                .headers()
                .firstValue("Content-Type")
                .orElseThrow()
                .startsWith("application/problem+json"));
    }

    @Test
    void wordPressClientsReadTheSiteThroughTheWordPressRestApi() throws Exception {
        HttpResponse<String> list = get("/wp-json/wp/v2/posts?per_page=5&page=2");
        assertEquals(200, list.statusCode());
        assertEquals("29", list.headers().firstValue("X-WP-Total").orElseThrow());
        assertEquals("6", list.headers().firstValue("X-WP-TotalPages").orElseThrow());
        String links = list.headers().firstValue("Link").orElseThrow();
        assertTrue(links.contains("page=1>; rel=\"prev\"") && links.contains("page=3>; rel=\"next\""), links);
        assertEquals(5, jsonValue(list).asJsonArray().size());

        JsonObject first = jsonValue(get("/wp-json/wp/v2/posts")).asJsonArray().getJsonObject(0);
        assertEquals(
                "Veskara Orders Messaging Apps to Store Data Inside the Country",
                first.getJsonObject("title").getString("rendered"));
        assertEquals(uri(FIRST_POST).toString(), first.getString("link"));
        assertEquals("2016-06-01T13:30:00", first.getString("date_gmt"));
        assertEquals("publish", first.getString("status"));
        assertTrue(first.getJsonObject("content").getString("rendered").contains("Supreme Council on Cyberspace"));
        long postId = first.getJsonNumber("id").longValue();
        long categoryId = first.getJsonArray("categories").getJsonNumber(0).longValue();
        long tagId = first.getJsonArray("tags").getJsonNumber(0).longValue();
        assertEquals(
                postId,
                jsonValue(get("/wp-json/wp/v2/posts/" + postId))
                        .asJsonObject()
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                postId,
                jsonValue(get("/wp-json/wp/v2/posts?slug=" + first.getString("slug")))
                        .asJsonArray()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        for (String filter : List.of(
                "categories=" + categoryId,
                "tags=" + tagId,
                "author=" + first.getJsonNumber("author").longValue(),
                "search=Cyberspace")) {
            JsonArray found = jsonValue(get("/wp-json/wp/v2/posts?" + filter)).asJsonArray();
            assertTrue(
                    found.stream()
                            .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == postId),
                    filter);
        }
        assertTrue(jsonValue(get("/wp-json/wp/v2/posts?categories=" + categoryId)).asJsonArray().stream()
                .allMatch(p -> p.asJsonObject().getJsonArray("categories").getValuesAs(JsonNumber.class).stream()
                        .anyMatch(n -> n.longValue() == categoryId)));

        // WordPress's post parameters, combined as a front-end combines them.
        JsonArray combined = jsonValue(get("/wp-json/wp/v2/posts?tags=" + tagId + "&categories=" + categoryId
                        + "&exclude=" + postId + "&after=2010-01-01T00:00:00&orderby=title&order=asc&per_page=100"))
                .asJsonArray();
        for (JsonValue post : combined) {
            JsonObject p = post.asJsonObject();
            assertTrue(p.getJsonArray("tags").getValuesAs(JsonNumber.class).stream()
                    .anyMatch(n -> n.longValue() == tagId));
            assertTrue(p.getJsonNumber("id").longValue() != postId);
        }
        List<String> titles = combined.stream()
                .map(p -> p.asJsonObject()
                        .getJsonObject("title")
                        .getString("rendered")
                        .toLowerCase(Locale.ROOT))
                .toList();
        assertEquals(titles.stream().sorted().toList(), titles);
        assertEquals(
                List.of(postId),
                jsonValue(get("/wp-json/wp/v2/posts?include=" + postId + "&search=Cyberspace&orderby=relevance"))
                        .asJsonArray()
                        .stream()
                        .map(p -> p.asJsonObject().getJsonNumber("id").longValue())
                        .toList());
        assertEquals(
                0,
                jsonValue(get("/wp-json/wp/v2/posts?before=2000-01-01T00:00:00Z"))
                        .asJsonArray()
                        .size(),
                "nothing published before 2000");
        HttpResponse<String> noTerm = get("/wp-json/wp/v2/posts?orderby=relevance");
        assertEquals(400, noTerm.statusCode());
        assertEquals(
                "rest_no_search_term_defined", jsonValue(noTerm).asJsonObject().getString("code"));
        JsonObject badDate = jsonValue(get("/wp-json/wp/v2/posts?after=yesterday&sticky=perhaps"))
                .asJsonObject();
        assertEquals("Invalid parameter(s): after, sticky", badDate.getString("message"));
        assertEquals(
                "rest_invalid_date",
                badDate.getJsonObject("data")
                        .getJsonObject("details")
                        .getJsonObject("after")
                        .getString("code"));

        HttpResponse<String> pages = get("/wp-json/wp/v2/pages?per_page=100");
        JsonObject about = jsonValue(pages).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("slug").equals("about"))
                .findFirst()
                .orElseThrow();
        assertEquals(uri("/about/").toString(), about.getString("link"));
        assertEquals(0, about.getInt("parent"));
        JsonObject sub = jsonValue(get("/wp-json/wp/v2/pages?slug=gerald-sykes"))
                .asJsonArray()
                .getJsonObject(0);
        assertEquals(uri("/the-apologists/gerald-sykes/").toString(), sub.getString("link"));
        assertTrue(jsonValue(get("/wp-json/wp/v2/pages?parent=" + sub.getInt("parent")))
                        .asJsonArray()
                        .size()
                > 1);

        JsonObject subEmbedded = jsonValue(get("/wp-json/wp/v2/pages?slug=gerald-sykes&_embed"))
                .asJsonArray()
                .getJsonObject(0)
                .getJsonObject("_embedded");
        assertEquals(
                sub.getInt("parent"),
                subEmbedded.getJsonArray("up").getJsonObject(0).getInt("id"));
        assertEquals(
                "the-apologists",
                subEmbedded.getJsonArray("up").getJsonObject(0).getString("slug"));
        assertEquals(
                sub.getInt("author"),
                subEmbedded.getJsonArray("author").getJsonObject(0).getInt("id"));
        JsonArray top = jsonValue(get("/wp-json/wp/v2/pages?parent=0&orderby=menu_order&order=asc&per_page=100"))
                .asJsonArray();
        assertTrue(top.stream().allMatch(p -> p.asJsonObject().getInt("parent") == 0));
        List<Integer> menuOrders =
                top.stream().map(p -> p.asJsonObject().getInt("menu_order")).toList();
        assertEquals(menuOrders.stream().sorted().toList(), menuOrders);
        assertTrue(
                jsonValue(get("/wp-json/wp/v2/pages?per_page=100&parent_exclude=" + sub.getInt("parent")))
                        .asJsonArray()
                        .stream()
                        .noneMatch(p -> p.asJsonObject().getInt("parent") == sub.getInt("parent")));
        assertEquals(
                "rest_no_search_term_defined",
                jsonValue(get("/wp-json/wp/v2/pages?orderby=relevance"))
                        .asJsonObject()
                        .getString("code"));

        JsonArray categories =
                jsonValue(get("/wp-json/wp/v2/categories?per_page=100")).asJsonArray();
        JsonObject news = categories.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("slug").equals("news"))
                .findFirst()
                .orElseThrow();
        assertTrue(news.getInt("count") > 0);
        assertEquals(uri("/category/news/").toString(), news.getString("link"));
        JsonObject vafc = jsonValue(get("/wp-json/wp/v2/tags?per_page=100")).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("slug").equals("vafc"))
                .findFirst()
                .orElseThrow();
        assertEquals(11, vafc.getInt("count"));
        // A client looks a term up by its slug (issue 22: the slug was ignored and another term came back).
        HttpResponse<String> bySlug = get("/wp-json/wp/v2/tags?slug=vafc");
        assertEquals(
                List.of(vafc.getInt("id")),
                jsonValue(bySlug).asJsonArray().stream()
                        .map(t -> t.asJsonObject().getInt("id"))
                        .toList());
        assertEquals("1", bySlug.headers().firstValue("X-WP-Total").orElseThrow());
        assertEquals(
                List.of(news.getInt("id")),
                jsonValue(get("/wp-json/wp/v2/categories?slug=news")).asJsonArray().stream()
                        .map(c -> c.asJsonObject().getInt("id"))
                        .toList());
        for (String several : List.of("slug=vafc,tomas-hale", "slug%5B%5D=vafc&slug%5B%5D=tomas-hale")) {
            assertEquals(
                    Set.of("vafc", "tomas-hale"),
                    jsonValue(get("/wp-json/wp/v2/tags?" + several)).asJsonArray().stream()
                            .map(t -> t.asJsonObject().getString("slug"))
                            .collect(Collectors.toSet()),
                    several);
        }
        // WordPress's term parameters, and its answer to a value outside the schema.
        HttpResponse<String> busiest = get("/wp-json/wp/v2/tags?hide_empty=true&orderby=count&order=desc&per_page=2");
        assertEquals(
                List.of("vafc"),
                jsonValue(busiest).asJsonArray().stream()
                        .limit(1)
                        .map(t -> t.asJsonObject().getString("slug"))
                        .toList());
        assertEquals(
                List.of("vafc", "tomas-hale"),
                jsonValue(get("/wp-json/wp/v2/tags?include=" + vafc.getInt("id") + "&search=a&orderby=include"
                                + "&include%5B%5D=" + tagIdOf("tomas-hale")))
                        .asJsonArray()
                        .stream()
                        .map(t -> t.asJsonObject().getString("slug"))
                        .toList(),
                "in the order of the ids given, both named with an a");
        assertEquals(
                jsonValue(get("/wp-json/wp/v2/tags?per_page=2&page=2")).asJsonArray(),
                jsonValue(get("/wp-json/wp/v2/tags?per_page=2&offset=2")).asJsonArray());
        assertEquals(
                Set.of("blog", "news"),
                jsonValue(get("/wp-json/wp/v2/categories?parent=0")).asJsonArray().stream()
                        .map(c -> c.asJsonObject().getString("slug"))
                        .collect(Collectors.toSet()));
        assertTrue(jsonValue(get("/wp-json/wp/v2/tags?post=" + postId)).asJsonArray().stream()
                .map(t -> t.asJsonObject().getJsonNumber("id").longValue())
                .toList()
                .contains(tagId));
        HttpResponse<String> refused = get("/wp-json/wp/v2/tags?orderby=popularity&include=x");
        assertEquals(400, refused.statusCode());
        JsonObject problem = jsonValue(refused).asJsonObject();
        assertEquals("rest_invalid_param", problem.getString("code"));
        assertEquals("Invalid parameter(s): include, orderby", problem.getString("message"));
        assertEquals(
                "rest_not_in_enum",
                problem.getJsonObject("data")
                        .getJsonObject("details")
                        .getJsonObject("orderby")
                        .getString("code"));
        assertEquals(
                "include[0] is not of type integer.",
                problem.getJsonObject("data").getJsonObject("params").getString("include"));
        HttpResponse<String> none = get("/wp-json/wp/v2/tags?slug=no-such-tag");
        assertEquals(0, jsonValue(none).asJsonArray().size());
        assertEquals("0", none.headers().firstValue("X-WP-Total").orElseThrow());

        JsonArray users = jsonValue(get("/wp-json/wp/v2/users")).asJsonArray();
        assertTrue(users.size() > 0);
        for (JsonValue user : users) {
            assertFalse(
                    user.asJsonObject().containsKey("email")
                            || user.asJsonObject().containsKey("login")
                            || user.asJsonObject().containsKey("username"),
                    "public people, no login names: " + user);
        }
        assertTrue(users.stream()
                .anyMatch(u -> u.asJsonObject()
                        .getString("link")
                        .equals(uri("/author/nadia-ferre/").toString())));
        for (JsonValue user : users) {
            for (String login : List.of("admin", "nferre", "desk")) {
                assertFalse(user.asJsonObject().getString("slug").equals(login), "a slug is never a login: " + user);
            }
        }

        HttpResponse<String> missing = get("/wp-json/wp/v2/posts/987654321");
        assertEquals(404, missing.statusCode());
        assertEquals("rest_post_invalid_id", jsonValue(missing).asJsonObject().getString("code"));
        HttpResponse<String> tooMany = get("/wp-json/wp/v2/posts?per_page=500");
        assertEquals(400, tooMany.statusCode());
        assertEquals("rest_invalid_param", jsonValue(tooMany).asJsonObject().getString("code"));
        assertEquals(400, get("/wp-json/wp/v2/posts?page=99").statusCode(), "beyond the last page, as WordPress says");
        assertEquals(404, get("/wp-json/wp/v2/comments").statusCode());
        assertEquals(200, get("/api/v1/posts").statusCode(), "Dossier's own API beside it");

        for (String path : List.of("/wp-json/wp/v2/posts", "/api/v1/posts")) {
            HttpResponse<String> fresh = get(path);
            String etag = fresh.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.startsWith("W/\""), etag);
            HttpResponse<String> again = send(HttpRequest.newBuilder(uri(path))
                    .header("If-None-Match", etag)
                    .build());
            assertEquals(304, again.statusCode(), path + ": the client's copy is current");
            assertTrue(again.body().isEmpty());
            HttpResponse<String> stale = send(HttpRequest.newBuilder(uri(path))
                    .header("If-None-Match", "W/\"0123\"")
                    .build());
            assertEquals(200, stale.statusCode());
            assertEquals(fresh.body(), stale.body());
            assertTrue(get(path + "?page=2")
                    .headers()
                    .firstValue("ETag")
                    .filter(e -> !e.equals(etag))
                    .isPresent());
        }
        assertEquals(404, get("/api/wp/v2/posts").statusCode(), "each API at its own address only");
    }

    @Test
    void wordPressClientsDiscoverTheApiFromAnyPageAndReadItsIndex() throws Exception {
        String root = uri("/wp-json/").toString();
        String apiLink = "<" + root + ">; rel=\"https://api.w.org/\"";
        HttpResponse<Void> head = http.send(
                HttpRequest.newBuilder(uri("/"))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(List.of(apiLink), head.headers().allValues("Link"), "a HEAD of the front page finds the API");
        assertEquals(List.of(apiLink), get("/").headers().allValues("Link"), "and so does a cached GET");
        long postId = jsonValue(get("/wp-json/wp/v2/posts?per_page=1"))
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String entry = root + "wp/v2/posts/" + postId;
        assertEquals(
                apiLink + ", <" + entry + ">; rel=\"alternate\"; type=\"application/json\"",
                get(FIRST_POST).headers().firstValue("Link").orElseThrow());
        Document post = page(FIRST_POST);
        assertEquals(root, post.selectFirst("link[rel=\"https://api.w.org/\"]").attr("href"));
        assertEquals(
                entry,
                post.selectFirst("link[rel=alternate][type=application/json]").attr("href"));
        assertEquals(
                root,
                page("/category/news/")
                        .selectFirst("link[rel=\"https://api.w.org/\"]")
                        .attr("href"));

        JsonObject index = jsonValue(get("/wp-json/")).asJsonObject();
        assertEquals("Lobby Ledger", index.getString("name"));
        assertEquals(uri("").toString(), index.getString("url"));
        assertEquals(
                List.of("oembed/1.0", "wp/v2"),
                index.getJsonArray("namespaces").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        JsonObject routes = index.getJsonObject("routes");
        JsonObject posts = routes.getJsonObject("/wp/v2/posts");
        assertEquals("wp/v2", posts.getString("namespace"));
        JsonObject args = posts.getJsonArray("endpoints").getJsonObject(0).getJsonObject("args");
        assertEquals(100, args.getJsonObject("per_page").getInt("maximum"));
        assertTrue(
                args.containsKey("slug") && args.containsKey("tags") && args.containsKey("categories"),
                args.toString());
        assertEquals(
                root + "wp/v2/posts",
                posts.getJsonObject("_links")
                        .getJsonArray("self")
                        .getJsonObject(0)
                        .getString("href"));
        assertTrue(
                routes.containsKey("/wp/v2/posts/(?P<id>[\\d]+)"),
                routes.keySet().toString());
        for (String route : routes.keySet()) {
            if (!route.contains("(?P<") && !route.startsWith("/oembed")) {
                assertEquals(200, get("/wp-json" + route).statusCode(), route + " is listed, so it answers");
            }
        }
        JsonObject namespace = jsonValue(get("/wp-json/wp/v2")).asJsonObject();
        assertEquals("wp/v2", namespace.getString("namespace"));
        assertTrue(namespace.getJsonObject("routes").containsKey("/wp/v2/tags"));
        assertFalse(namespace.getJsonObject("routes").containsKey("/"));

        // _embed: each post's author and terms inside it, as front-ends read them; _links lead to them too.
        JsonArray embedded =
                jsonValue(get("/wp-json/wp/v2/posts?per_page=3&_embed")).asJsonArray();
        assertEquals(3, embedded.size());
        for (JsonValue value : embedded) {
            JsonObject item = value.asJsonObject();
            JsonObject author =
                    item.getJsonObject("_embedded").getJsonArray("author").getJsonObject(0);
            assertEquals(item.getInt("author"), author.getInt("id"));
            JsonArray terms = item.getJsonObject("_embedded").getJsonArray("wp:term");
            assertEquals(ids(item.getJsonArray("categories")), ids(terms.getJsonArray(0), "id"));
            assertEquals(ids(item.getJsonArray("tags")), ids(terms.getJsonArray(1), "id"));
            assertEquals("post_tag", terms.getJsonArray(1).getJsonObject(0).getString("taxonomy"));
            JsonObject links = item.getJsonObject("_links");
            String authorLink = links.getJsonArray("author").getJsonObject(0).getString("href");
            assertEquals(
                    author, jsonValue(get(URI.create(authorLink).getPath())).asJsonObject());
            String tagsLink = links.getJsonArray("wp:term").getJsonObject(1).getString("href");
            URI tagsUri = URI.create(tagsLink);
            assertEquals(
                    ids(item.getJsonArray("tags")),
                    ids(
                                    jsonValue(get(tagsUri.getPath() + "?" + tagsUri.getQuery()))
                                            .asJsonArray(),
                                    "id")
                            .stream()
                            .sorted()
                            .toList());
            assertEquals(
                    root + "wp/v2/posts/" + item.getInt("id"),
                    links.getJsonArray("self").getJsonObject(0).getString("href"));
        }
        JsonObject onlyAuthors = jsonValue(get("/wp-json/wp/v2/posts/" + postId + "?_embed=author"))
                .asJsonObject()
                .getJsonObject("_embedded");
        assertEquals(Set.of("author"), onlyAuthors.keySet());
        JsonObject cut = jsonValue(get("/wp-json/wp/v2/posts?per_page=1&_fields=id,title.rendered,_links.self"))
                .asJsonArray()
                .getJsonObject(0);
        assertEquals(Set.of("id", "title", "_links"), cut.keySet());
        assertEquals(Set.of("rendered"), cut.getJsonObject("title").keySet());
        assertEquals(Set.of("self"), cut.getJsonObject("_links").keySet());
        assertEquals(
                "rest_user_invalid_id",
                jsonValue(get("/wp-json/wp/v2/users/987654321")).asJsonObject().getString("code"));
        HttpResponse<String> noTerm = get("/wp-json/wp/v2/tags/987654321");
        assertEquals(404, noTerm.statusCode());
        assertEquals("rest_term_invalid", jsonValue(noTerm).asJsonObject().getString("code"));

        // The routes clients read next: search, and what the content is made of.
        JsonObject hit = jsonValue(get("/wp-json/wp/v2/search?search=Cyberspace")).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("id").longValue() == postId)
                .findFirst()
                .orElseThrow();
        assertEquals("post", hit.getString("type"));
        assertEquals("post", hit.getString("subtype"));
        assertEquals(uri(FIRST_POST).toString(), hit.getString("url"));
        assertEquals(
                entry,
                hit.getJsonObject("_links")
                        .getJsonArray("self")
                        .getJsonObject(0)
                        .getString("href"));
        JsonArray pagesFound = jsonValue(get("/wp-json/wp/v2/search?search=apologists&subtype=page"))
                .asJsonArray();
        assertTrue(pagesFound.stream()
                .anyMatch(h -> h.asJsonObject().getString("title").equals("The Apologists")));
        assertTrue(pagesFound.stream()
                .allMatch(h -> h.asJsonObject().getString("subtype").equals("page")));
        JsonArray termsFound =
                jsonValue(get("/wp-json/wp/v2/search?type=term&search=vafc")).asJsonArray();
        assertTrue(
                termsFound.stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(h -> h.getString("title").equals("VAFC")
                                && h.getString("subtype").equals("post_tag")),
                termsFound.toString());
        assertEquals(
                "rest_invalid_param",
                jsonValue(get("/wp-json/wp/v2/search?search=x&subtype=bogus"))
                        .asJsonObject()
                        .getString("code"));
        assertEquals(
                Set.of("post", "page"),
                jsonValue(get("/wp-json/wp/v2/types")).asJsonObject().keySet());
        assertEquals(
                "posts",
                jsonValue(get("/wp-json/wp/v2/types/post")).asJsonObject().getString("rest_base"));
        assertEquals(
                "rest_type_invalid",
                jsonValue(get("/wp-json/wp/v2/types/nothing")).asJsonObject().getString("code"));
        assertEquals(
                Set.of("category", "post_tag"),
                jsonValue(get("/wp-json/wp/v2/taxonomies?type=post"))
                        .asJsonObject()
                        .keySet());
        assertTrue(jsonValue(get("/wp-json/wp/v2/taxonomies/category"))
                .asJsonObject()
                .getBoolean("hierarchical"));
        assertEquals(
                Set.of("publish"),
                jsonValue(get("/wp-json/wp/v2/statuses")).asJsonObject().keySet());
        assertEquals(404, get("/wp-json/wp/v2/statuses/draft").statusCode(), "readers see published content only");

        // Sites without pretty links: the same API at /?rest_route=.
        assertEquals(
                get("/wp-json/wp/v2/posts?per_page=3").body(),
                get("/?rest_route=/wp/v2/posts&per_page=3").body());
        assertEquals(
                "Lobby Ledger", jsonValue(get("/?rest_route=/")).asJsonObject().getString("name"));
        assertEquals(
                "rest_no_route",
                jsonValue(get("/?rest_route=/wp/v2/nothing-here"))
                        .asJsonObject()
                        .getString("code"));
        assertEquals(404, get("/?rest_route=/../admin/").statusCode());
    }

    @Test
    void pagesTermsProfilesAndMenusAreReadableAsJsonWithPagingAndChosenFields() throws Exception {
        HttpResponse<String> pages = get("/api/v1/pages?per_page=100");
        assertEquals(200, pages.statusCode());
        JsonArray allPages = jsonValue(pages).asJsonArray();
        assertEquals(
                String.valueOf(allPages.size()),
                pages.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(allPages.stream()
                .anyMatch(p ->
                        p.asJsonObject().getString("url").equals(uri("/about/").toString())));
        JsonObject sub =
                jsonValue(get("/api/v1/pages?slug=gerald-sykes")).asJsonArray().getJsonObject(0);
        assertTrue(sub.getJsonNumber("parentId").longValue() > 0);
        assertEquals(
                "gerald-sykes",
                jsonValue(get("/api/v1/pages/" + sub.getJsonNumber("id")))
                        .asJsonObject()
                        .getString("slug"));
        assertEquals(404, get("/api/v1/pages/987654321").statusCode());
        HttpResponse<String> twoPerPage = get("/api/v1/pages?per_page=2&page=2");
        assertTrue(twoPerPage.headers().firstValue("Link").orElseThrow().contains("rel=\"prev\""));

        JsonArray categories = jsonValue(get("/api/v1/categories?per_page=100&fields=name,count"))
                .asJsonArray();
        assertTrue(
                categories.stream().allMatch(c -> c.asJsonObject().keySet().equals(Set.of("name", "count"))),
                categories.toString());
        assertTrue(categories.stream()
                .anyMatch(c -> c.asJsonObject().getString("name").equals("News")
                        && c.asJsonObject().getInt("count") > 0));
        HttpResponse<String> unknownField = get("/api/v1/tags?fields=name,nope");
        assertEquals(400, unknownField.statusCode());
        assertTrue(
                unknownField.body().contains("\"field\":\"fields\"")
                        && unknownField.body().contains("nope"),
                unknownField.body());
        assertTrue(jsonValue(get("/api/v1/tags?per_page=100")).asJsonArray().stream()
                .anyMatch(t -> t.asJsonObject().getString("slug").equals("vafc")
                        && t.asJsonObject().getInt("count") == 11));

        assertTrue(jsonValue(get("/api/v1/people?per_page=100")).asJsonArray().stream()
                .anyMatch(p -> p.asJsonObject()
                                .getString("url")
                                .equals(uri("/person/marek-dalvi/").toString())
                        && p.asJsonObject().getString("kind").equals("person")));
        assertTrue(jsonValue(get("/api/v1/organizations?per_page=100")).asJsonArray().stream()
                .anyMatch(p -> p.asJsonObject()
                        .getString("url")
                        .equals(uri("/organization/veskaran-american-friendship-council/")
                                .toString())));

        JsonArray menu = jsonValue(get("/api/v1/menus/primary")).asJsonArray();
        Document home = page("/");
        assertEquals(
                home.select("#primary-menu > li > a").eachText(),
                menu.stream().map(i -> i.asJsonObject().getString("label")).toList(),
                "the menu readers see");
        assertTrue(
                menu.stream()
                        .anyMatch(
                                i -> !i.asJsonObject().getJsonArray("children").isEmpty()),
                "with its sub-items");
        assertEquals(404, get("/api/v1/menus/nowhere").statusCode());

        HttpResponse<String> search = get("/api/v1/search?q=council&per_page=100");
        JsonArray hits = jsonValue(search).asJsonArray();
        assertEquals(
                String.valueOf(hits.size()),
                search.headers().firstValue("X-Total-Count").orElseThrow());
        List<String> types = hits.stream()
                .map(h -> h.asJsonObject().getString("type"))
                .distinct()
                .toList();
        assertEquals("post", types.getFirst(), "posts first: " + types);
        assertTrue(types.contains("organization") && types.contains("page"), "pages and profiles too: " + types);
        HttpResponse<String> secondPage = get("/api/v1/search?q=council&per_page=3&page=2");
        assertEquals(
                hits.getJsonObject(3).getString("url"),
                jsonValue(secondPage).asJsonArray().getJsonObject(0).getString("url"),
                "paged over all kinds together");
        assertEquals(400, get("/api/v1/search").statusCode());

        HttpResponse<String> june = get("/api/v1/posts?after=2016-06-01&before=2016-07-01");
        assertEquals(1, jsonValue(june).asJsonArray().size(), "the one post of June 2016");
        assertEquals(
                uri(FIRST_POST).toString(),
                jsonValue(june).asJsonArray().getJsonObject(0).getString("url"));
        HttpResponse<String> about = get("/api/v1/posts?person=marek-dalvi&per_page=100");
        assertEquals(200, about.statusCode());
        assertTrue(jsonValue(about).asJsonArray().size() > 0, "posts about a person");
        HttpResponse<String> badDate = get("/api/v1/posts?after=June");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("\"field\":\"after\""), badDate.body());
        assertEquals(404, get("/api/v1/posts?person=nobody-at-all").statusCode());
    }

    @Test
    void loggedInClientsListUnpublishedPostsByStatusAsTheirRoleAllows() throws Exception {
        HttpResponse<String> user = admin("POST", "/api/v1/admin/users", """
                {"login": "status-contributor", "displayName": "Status Contributor", "role": "contributor",
                 "password": "status-contributor-password"}""");
        assertEquals(201, user.statusCode(), user.body());
        String contributor = "status-contributor:status-contributor-password";
        assertEquals(
                201,
                admin("POST", "/api/v1/posts", "{\"title\": \"Editors' Draft\", \"status\": \"draft\"}")
                        .statusCode());
        assertEquals(
                201,
                as(contributor, "POST", "/api/v1/posts", "{\"title\": \"Contributor's Draft\", \"status\": \"draft\"}")
                        .statusCode());

        List<String> adminSees =
                jsonValue(admin("GET", "/api/v1/posts?status=draft&per_page=100", null)).asJsonArray().stream()
                        .map(p -> p.asJsonObject().getString("title"))
                        .toList();
        assertTrue(adminSees.containsAll(List.of("Editors' Draft", "Contributor's Draft")), adminSees.toString());
        List<String> contributorSees =
                jsonValue(as(contributor, "GET", "/api/v1/posts?status=draft&per_page=100", null))
                        .asJsonArray()
                        .stream()
                        .map(p -> p.asJsonObject().getString("title"))
                        .toList();
        assertEquals(List.of("Contributor's Draft"), contributorSees, "only one's own");
        assertEquals(
                "draft",
                jsonValue(as(contributor, "GET", "/api/v1/posts?status=draft", null))
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("status"));

        HttpResponse<String> anonymous = get("/api/v1/posts?status=draft");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> bogus = admin("GET", "/api/v1/posts?status=secret", null);
        assertEquals(400, bogus.statusCode());
        assertTrue(bogus.body().contains("\"field\":\"status\""), bogus.body());
    }

    @Test
    void theOpenApiDocumentDescribesEveryResourceOfBothApis() throws Exception {
        HttpResponse<String> yaml = get("/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(
                yaml.body().startsWith("openapi: 3."),
                yaml.body().lines().findFirst().orElse(""));
        JsonObject doc = jsonValue(get("/openapi?format=json")).asJsonObject();
        assertEquals("Dossier", doc.getJsonObject("info").getString("title"));
        JsonObject paths = doc.getJsonObject("paths");
        Map<String, Class<?>[]> applications = Map.of(
                "/api",
                        DossierApi.class
                                .getDeclaredConstructor()
                                .newInstance()
                                .getClasses()
                                .toArray(Class<?>[]::new),
                "/wp-json", new WordPressApi().getClasses().toArray(Class<?>[]::new));
        int operations = 0;
        for (var application : applications.entrySet()) {
            for (Class<?> resource : application.getValue()) {
                jakarta.ws.rs.Path classPath = resource.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue; // providers
                }
                for (Method method : resource.getDeclaredMethods()) {
                    String verb = Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
                            .filter(method::isAnnotationPresent)
                            .map(a -> a.getSimpleName().toLowerCase())
                            .findFirst()
                            .orElse(null);
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = (application.getKey() + "/" + classPath.value()
                                    + (methodPath == null ? "" : "/" + methodPath.value()))
                            .replaceAll("/+", "/")
                            .replaceAll("(.)/$", "$1"); // the index, /wp-json/, is /wp-json there
                    assertTrue(
                            paths.containsKey(path) && paths.getJsonObject(path).containsKey(verb),
                            verb.toUpperCase() + " " + path + " is not in /openapi");
                    operations++;
                }
            }
        }
        assertTrue(operations >= 15, "every operation was looked for: " + operations);
        assertEquals(404, get("/api/v1/posts/not-a-number").statusCode());
    }

    /** The numbers of a JSON array, or the {@code field} of each of its objects. */
    private static List<Long> ids(JsonArray array, String... field) {
        return array.stream()
                .map(v -> field.length == 0 ? (JsonNumber) v : v.asJsonObject().getJsonNumber(field[0]))
                .map(JsonNumber::longValue)
                .toList();
    }

    private int tagIdOf(String slug) throws Exception {
        return jsonValue(get("/wp-json/wp/v2/tags?slug=" + slug))
                .asJsonArray()
                .getJsonObject(0)
                .getInt("id");
    }

    private static JsonValue jsonValue(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    @Test
    void writingPostsOverTheApiFollowsTheSameRoleRulesAsTheAdmin() throws Exception {
        Map<String, String> login = new HashMap<>();
        for (String role : List.of("contributor", "author", "editor")) {
            String password = "api-" + role + "-password";
            HttpResponse<String> created =
                    admin("POST", "/api/v1/admin/users", """
                    {"login": "api-%s", "displayName": "API %s", "role": "%s", "password": "%s"}""".formatted(role, role, role, password));
            assertEquals(201, created.statusCode(), created.body());
            login.put(role, "api-" + role + ":" + password);
        }
        assertEquals(
                403,
                as(login.get("editor"), "POST", "/api/v1/admin/users", "{}").statusCode(),
                "only administrators add accounts");

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/posts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Anonymous\"}"))
                .build());
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "Basic realm=\"Dossier\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> contributorPublishes = as(
                login.get("contributor"),
                "POST",
                "/api/v1/posts",
                "{\"title\": \"Contributor Scoop\", \"body\": \"<p>Text</p>\", \"status\": \"published\"}");
        assertEquals(403, contributorPublishes.statusCode(), contributorPublishes.body());
        HttpResponse<String> submitted = as(
                login.get("contributor"),
                "POST",
                "/api/v1/posts",
                "{\"title\": \"Contributor Scoop\", \"body\": \"<p>Text</p>\", \"status\": \"pending\"}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertEquals("pending", json(submitted).getString("status"));
        assertTrue(submitted
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .endsWith("/api/v1/posts/" + json(submitted).getJsonNumber("id")));

        HttpResponse<String> published = as(
                login.get("author"),
                "POST",
                "/api/v1/posts",
                "{\"title\": \"Author Exclusive\", \"body\": \"<p>Story<script>x()</script></p>\", \"status\": \"published\"}");
        assertEquals(201, published.statusCode(), published.body());
        long id = json(published).getJsonNumber("id").longValue();
        long version = json(published).getJsonNumber("version").longValue();
        String permalink = json(published).getString("permalink");
        assertEquals(200, get(permalink).statusCode(), "readers see it at once");
        assertFalse(get(permalink).body().contains("x()"), "sanitized as in the editor");

        String edit = "{\"title\": \"Author Exclusive, Updated\", \"version\": %d}";
        assertEquals(
                403,
                as(login.get("contributor"), "PUT", "/api/v1/posts/" + id, edit.formatted(version))
                        .statusCode());
        HttpResponse<String> edited = as(login.get("editor"), "PUT", "/api/v1/posts/" + id, edit.formatted(version));
        assertEquals(200, edited.statusCode(), edited.body());
        HttpResponse<String> stale = as(login.get("author"), "PUT", "/api/v1/posts/" + id, edit.formatted(version));
        assertEquals(409, stale.statusCode(), "the author's version is older than the editor's save");
        assertEquals(
                "Author Exclusive, Updated",
                page(permalink).selectFirst("h1.entry-title").text());

        HttpResponse<String> untitled = as(login.get("author"), "POST", "/api/v1/posts", "{\"title\": \" \"}");
        assertEquals(400, untitled.statusCode());
        assertEquals("title", json(untitled).getString("field"));
        assertEquals(
                "status",
                json(as(login.get("author"), "POST", "/api/v1/posts", "{\"title\": \"T\", \"status\": \"viral\"}"))
                        .getString("field"));
        assertEquals(
                400,
                as(login.get("author"), "POST", "/api/v1/posts", "{\"title\": ").statusCode());

        assertEquals(
                403,
                as(login.get("contributor"), "DELETE", "/api/v1/posts/" + id, null)
                        .statusCode());
        assertEquals(
                204,
                as(login.get("author"), "DELETE", "/api/v1/posts/" + id, null).statusCode());
        assertEquals(404, get(permalink).statusCode(), "trashed: readers no longer see it");
        assertEquals(
                204,
                as(
                                login.get("editor"),
                                "DELETE",
                                "/api/v1/posts/" + json(submitted).getJsonNumber("id"),
                                null)
                        .statusCode());
    }

    /**
     * The page cache never shows a reader something stale: every page a change touches shows it on
     * the next request (publish, edit, re-tag, unpublish, delete), while pages it does not touch
     * stay cached (no full flush for one edit).
     */
    @Test
    void cachedPagesShowEveryChangeOnTheNextRequest() throws Exception {
        String editor = "cache-editor:cache-editor-password";
        assertEquals(201, admin("POST", "/api/v1/admin/users", """
                {"login": "cache-editor", "displayName": "Cache Editor", "role": "editor", "password": "cache-editor-password"}""").statusCode());
        long news = Json.createReader(
                        new StringReader(get("/api/v1/categories?per_page=100").body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("slug").equals("news"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();

        // An old post, far from the front page and the recent posts: editing it leaves those cached.
        HttpResponse<String> old = as(editor, "POST", "/api/v1/posts", """
                {"title": "Archived Cache Probe", "body": "<p>First words</p>", "status": "published", "publishAt": "2009-03-04T10:00"}""");
        assertEquals(201, old.statusCode(), old.body());
        String oldLink = URI.create(json(old).getString("permalink")).getPath();
        List<String> untouched = List.of("/", "/category/news/", VAFC);
        for (String path : untouched) {
            get(path);
            assertEquals("HIT", get(path).headers().firstValue("X-Cache").orElse(""), path + " is cached");
        }
        get(oldLink);
        assertEquals(
                200,
                as(editor, "PUT", "/api/v1/posts/" + json(old).getJsonNumber("id"), """
                {"body": "<p>Second words</p>", "version": %d}""".formatted(
                                        json(old).getJsonNumber("version").longValue()))
                        .statusCode());
        assertTrue(get(oldLink).body().contains("Second words"), "the edited post shows the edit");
        for (String path : untouched) {
            assertEquals(
                    "HIT",
                    get(path).headers().firstValue("X-Cache").orElse(""),
                    path + " was not flushed by an unrelated edit");
        }

        // A new post: every list it joins shows it on the next request.
        String author = "/author/"
                + jsonValue(admin("GET", "/api/v1/admin/users", null)).asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .filter(u -> u.getString("login").equals("cache-editor"))
                        .findFirst()
                        .orElseThrow()
                        .getString("slug")
                + "/";
        assertFalse(author.contains("cache-editor"), "its page is not named after its login: " + author);
        List<String> lists = List.of(
                "/",
                "/category/news/",
                "/tag/cache-probe/",
                "/feed/",
                "/api/v1/posts",
                "/?s=Zanzibarian",
                "/wp-json/wp/v2/posts",
                author,
                VAFC);
        lists.forEach(this::warm);
        HttpResponse<String> created = as(editor, "POST", "/api/v1/posts", """
                {"title": "Zanzibarian Cache Probe", "body": "<p>Zanzibarian text</p>", "status": "published",
                 "categoryIds": [%d], "tags": ["cache-probe"]}""".formatted(news));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        long version = json(created).getJsonNumber("version").longValue();
        String permalink = URI.create(json(created).getString("permalink")).getPath();
        String month = permalink.substring(0, 9);
        for (String path : lists) {
            assertTrue(get(path).body().contains("Zanzibarian Cache Probe"), "published: " + path);
        }
        assertTrue(get(month).body().contains("Zanzibarian Cache Probe"), month);

        // Edited: the new title everywhere, the old one nowhere.
        List<String> showing = new ArrayList<>(lists);
        showing.add(permalink);
        showing.add(month);
        showing.forEach(this::warm);
        HttpResponse<String> edited = as(editor, "PUT", "/api/v1/posts/" + id, """
                {"title": "Zanzibarian Probe Renamed", "version": %d}""".formatted(version));
        assertEquals(200, edited.statusCode(), edited.body());
        version = json(edited).getJsonNumber("version").longValue();
        for (String path : showing) {
            String body = get(path).body();
            assertTrue(
                    body.contains("Zanzibarian Probe Renamed") && !body.contains("Zanzibarian Cache Probe"),
                    "edited: " + path);
        }

        // Re-tagged: it leaves the old tag's archive and joins the new one's.
        warm("/tag/cache-probe/");
        warm("/tag/cache-probe-moved/");
        HttpResponse<String> retagged = as(editor, "PUT", "/api/v1/posts/" + id, """
                {"tags": ["cache-probe-moved"], "version": %d}""".formatted(version));
        assertEquals(200, retagged.statusCode(), retagged.body());
        version = json(retagged).getJsonNumber("version").longValue();
        // (the sidebar's recent posts still name it: only the archive's own list is looked at)
        assertFalse(
                Jsoup.parse(get("/tag/cache-probe/").body())
                        .select("main")
                        .text()
                        .contains("Zanzibarian Probe Renamed"),
                "left its old tag");
        assertTrue(
                Jsoup.parse(get("/tag/cache-probe-moved/").body())
                        .select("main")
                        .text()
                        .contains("Zanzibarian Probe Renamed"),
                "joined its new tag");

        // Unpublished: gone from every list and its address.
        showing.forEach(this::warm);
        HttpResponse<String> drafted = as(editor, "PUT", "/api/v1/posts/" + id, """
                {"status": "draft", "version": %d}""".formatted(version));
        assertEquals(200, drafted.statusCode(), drafted.body());
        version = json(drafted).getJsonNumber("version").longValue();
        assertEquals(404, get(permalink).statusCode(), "unpublished");
        for (String path : lists) {
            assertFalse(get(path).body().contains("Zanzibarian Probe Renamed"), "unpublished: " + path);
        }

        // Published again, then deleted: back everywhere, then gone everywhere.
        assertEquals(
                200,
                as(editor, "PUT", "/api/v1/posts/" + id, """
                {"status": "published", "version": %d}""".formatted(version)).statusCode());
        permalink = URI.create(
                        json(as(editor, "GET", "/api/v1/posts/" + id, null)).getString("url"))
                .getPath();
        assertTrue(get("/").body().contains("Zanzibarian Probe Renamed"), "published again");
        warm(permalink);
        lists.forEach(this::warm);
        assertEquals(204, as(editor, "DELETE", "/api/v1/posts/" + id, null).statusCode());
        assertEquals(404, get(permalink).statusCode(), "deleted");
        for (String path : lists) {
            assertFalse(get(path).body().contains("Zanzibarian Probe Renamed"), "deleted: " + path);
        }
        assertEquals(
                204,
                as(editor, "DELETE", "/api/v1/posts/" + json(old).getJsonNumber("id"), null)
                        .statusCode(),
                "the other tests count the demo's posts");
    }

    /** Requests {@code path} twice, so the page is in the cache before a change. */
    private void warm(String path) {
        try {
            get(path);
            get(path);
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    @Test
    void postsUnfurlElsewhereThroughOEmbed() throws Exception {
        Document post = page(FIRST_POST);
        String discovery = post.selectFirst("link[rel=alternate][type=application/json+oembed]")
                .attr("href");
        HttpResponse<String> embed = get(
                URI.create(discovery).getRawPath() + "?" + URI.create(discovery).getRawQuery());
        assertEquals(200, embed.statusCode());
        JsonObject card = json(embed);
        assertEquals("rich", card.getString("type"));
        assertEquals("1.0", card.getString("version"));
        assertEquals("Veskara Orders Messaging Apps to Store Data Inside the Country", card.getString("title"));
        assertTrue(
                card.getString("html").contains(FIRST_POST + "\">Veskara Orders Messaging Apps"),
                card.getString("html"));
        assertEquals(page("/").selectFirst(".site-title").text(), card.getString("provider_name"));

        assertEquals(
                404,
                get("/wp-json/oembed/1.0/embed?url="
                                + URLEncoder.encode(uri("/about/").toString(), StandardCharsets.UTF_8))
                        .statusCode(),
                "pages are not embedded, only posts");
        assertEquals(400, get("/wp-json/oembed/1.0/embed").statusCode());
        assertEquals(404, get("/wp-json/oembed/1.0/embed?format=xml&url=x").statusCode(), "xml is a format, x no post");
        assertEquals(501, get("/wp-json/oembed/1.0/embed?format=yaml&url=x").statusCode());
    }

    /** Each page type's JSON-LD parses, names schema.org, and has what its types require. */
    @Test
    void everyPageTypesStructuredDataParsesAndHasTheRequiredProperties() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("/", List.of("WebSite"));
        expected.put(FIRST_POST, List.of("NewsArticle", "BreadcrumbList"));
        expected.put("/the-apologists/gerald-sykes/", List.of("BreadcrumbList"));
        expected.put("/person/marek-dalvi/", List.of("Person"));
        expected.put("/organization/veskaran-american-friendship-council/", List.of("Organization"));
        expected.put("/category/news/", List.of());
        for (var page : expected.entrySet()) {
            List<String> types = new ArrayList<>();
            for (Element script : page(page.getKey()).select("script[type=application/ld+json]")) {
                JsonObject json =
                        Json.createReader(new StringReader(script.data())).readObject();
                assertEquals("https://schema.org", json.getString("@context"), page.getKey());
                List<JsonObject> nodes = json.containsKey("@graph")
                        ? json.getJsonArray("@graph").getValuesAs(JsonObject.class)
                        : List.of(json);
                for (JsonObject node : nodes) {
                    String type = node.getString("@type");
                    types.add(type);
                    String where = page.getKey() + " " + type;
                    switch (type) {
                        case "NewsArticle" -> {
                            for (String property : List.of("headline", "datePublished", "dateModified", "url")) {
                                assertFalse(node.getString(property).isBlank(), where + " " + property);
                            }
                            assertFalse(node.getJsonArray("author").isEmpty(), where + " author");
                            assertFalse(
                                    node.getJsonObject("publisher")
                                            .getString("name")
                                            .isBlank(),
                                    where + " publisher");
                        }
                        case "BreadcrumbList" -> {
                            List<JsonObject> items =
                                    node.getJsonArray("itemListElement").getValuesAs(JsonObject.class);
                            for (int position = 1; position <= items.size(); position++) {
                                JsonObject item = items.get(position - 1);
                                assertEquals(position, item.getInt("position"), where);
                                assertFalse(item.getString("name").isBlank(), where);
                                assertTrue(item.getString("item").startsWith("http"), where);
                            }
                            assertTrue(items.size() >= 2, where + " starts at the home page");
                        }
                        case "WebSite" ->
                            assertTrue(
                                    node.getJsonObject("potentialAction")
                                            .getString("target")
                                            .contains("{search_term_string}"),
                                    where);
                        case "Person", "Organization" -> {
                            assertFalse(node.getString("name").isBlank(), where);
                            assertTrue(node.getString("url").startsWith("http"), where);
                        }
                        default -> throw new AssertionError(where + ": a type this test does not know");
                    }
                }
            }
            assertEquals(page.getValue(), types, page.getKey());
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
