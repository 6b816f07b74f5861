package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * The attacks of the security audit, each tried against the shared distribution: a forged
 * {@code Host} or {@code X-Forwarded-*} header must not reach a cached answer, forwarded headers
 * count only from the trusted proxy (127.0.0.2 here), and the administrators-only API cannot be
 * reached by spelling its path differently.
 */
@ExtendWith(SharedDistribution.class)
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

    static final String PROXY = "127.0.0.2";
    static final String ALIAS = "www.dossier.test";
    private static final String EVIL = "evil.example";
    private static final String FIRST_POST =
            "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";
    /** Every kind of answer that carries the site's absolute address. */
    private static final List<String> ABSOLUTE =
            List.of("/feed/", FIRST_POST, "/wp-json/wp/v2/posts", "/robots.txt", "/sitemap.xml", "/", "/api/v1/posts");

    private RunningDossier dossier;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void useTheSharedDistribution() {
        dossier = SharedDistribution.dossier();
    }

    private String origin() {
        return "http://127.0.0.1:" + dossier.port;
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(dossier.url(path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        ("admin:" + SharedDistribution.ADMIN_PASSWORD).getBytes()))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                json == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aForeignHostIsRefusedAndNeverReachesACachedAnswer() throws Exception {
        // A publication empties the cache: the next reader's request is the one that fills it.
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "/api/v1/posts",
                                "{\"title\": \"Host check\", \"body\": \"<p>Published to empty the cache.</p>\", \"status\": \"published\"}")
                        .statusCode());
        for (String path : ABSOLUTE) {
            RawHttp.Answer forged = RawHttp.get(dossier.port, path, Map.of("Host", EVIL));
            assertEquals(400, forged.status(), path);
            assertFalse(forged.body().contains(EVIL), path);
            assertTrue(
                    forged.header("Content-Security-Policy").isPresent(), "the refusal carries the security headers");
            // The forwarding headers of a peer that is not a trusted proxy are ignored.
            RawHttp.Answer spoofed = RawHttp.get(
                    dossier.port,
                    path,
                    Map.of(
                            "Host",
                            "127.0.0.1:" + dossier.port,
                            "X-Forwarded-Host",
                            EVIL,
                            "X-Forwarded-Proto",
                            "https",
                            "X-Forwarded-For",
                            "198.51.100.1"));
            assertEquals(200, spoofed.status(), path);
            assertFalse(spoofed.body().contains(EVIL), path);
            assertFalse(spoofed.header("Strict-Transport-Security").isPresent(), path);
        }
        for (String path : ABSOLUTE) {
            HttpResponse<String> reader =
                    http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reader.statusCode(), path);
            assertFalse(reader.body().contains(EVIL), path);
            assertFalse(reader.body().contains("https://127.0.0.1"), path);
        }
        String post = http.send(
                        HttpRequest.newBuilder(dossier.url(FIRST_POST)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(
                post.contains("<link rel=\"canonical\" href=\"" + origin() + FIRST_POST + "\""),
                "canonical on the site's address");
        assertTrue(post.contains("property=\"og:url\" content=\"" + origin() + FIRST_POST + "\""));
    }

    @Test
    void anAliasIsRedirectedToTheSameAddressOnTheCanonicalHost() throws Exception {
        RawHttp.Answer answer = RawHttp.get(dossier.port, "/category/news/?x=1", Map.of("Host", ALIAS));
        assertEquals(301, answer.status());
        assertEquals(origin() + "/category/news/?x=1", answer.header("Location").orElseThrow());
        RawHttp.Answer post = RawHttp.send(
                "127.0.0.1",
                dossier.port,
                "POST",
                "/admin/login",
                Map.of("Host", ALIAS + ":" + dossier.port, "Content-Length", "0"));
        assertEquals(308, post.status(), "a form posted to an alias keeps its method");
    }

    @Test
    void aLoopbackNameFromThisMachineIsServedButNotCached() throws Exception {
        for (int i = 0; i < 2; i++) {
            RawHttp.Answer answer =
                    RawHttp.get(dossier.port, "/tag/vafc/?from=localhost", Map.of("Host", "localhost:" + dossier.port));
            assertEquals(200, answer.status());
            assertFalse(answer.header("X-Cache").isPresent(), "stored or served from the page cache");
            assertTrue(answer.body().contains(origin() + "/tag/vafc/"), "links on the canonical address");
        }
        // The same name from elsewhere (through the proxy) is just another host.
        RawHttp.Answer proxied = RawHttp.send(
                PROXY,
                dossier.port,
                "GET",
                "/",
                Map.of(
                        "Host",
                        "127.0.0.1:" + dossier.port,
                        "X-Forwarded-Host",
                        "localhost:" + dossier.port,
                        "X-Forwarded-For",
                        "198.51.100.2"));
        assertEquals(400, proxied.status());
    }

    @Test
    void behindTheTrustedProxyTheSiteKnowsItIsOnHttpsAndForWhichHost() throws Exception {
        Map<String, String> https = Map.of(
                "Host", "127.0.0.1:" + dossier.port, "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.3");
        RawHttp.Answer answer = RawHttp.send(PROXY, dossier.port, "GET", "/about/", https);
        assertEquals(200, answer.status());
        assertEquals(
                "max-age=31536000", answer.header("Strict-Transport-Security").orElseThrow());
        RawHttp.Answer plain = RawHttp.send(
                PROXY,
                dossier.port,
                "GET",
                "/about/",
                Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-Proto", "http"));
        assertFalse(plain.header("Strict-Transport-Security").isPresent());
        RawHttp.Answer forged = RawHttp.send(
                PROXY,
                dossier.port,
                "GET",
                "/about/",
                Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-Host", EVIL));
        assertEquals(400, forged.status(), "the proxy passed on a host the site is not");
        RawHttp.Answer alias = RawHttp.send(
                PROXY,
                dossier.port,
                "GET",
                "/about/",
                Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-Host", ALIAS));
        assertEquals(301, alias.status());
    }

    @Test
    void theAdministratorsApiCannotBeReachedByAnotherSpellingOfItsPath() throws Exception {
        for (String path : List.of(
                "/api/v1/admin/users",
                "/api/v1;x=1/admin/users",
                "/api/v1/admin;x=1/users",
                "/api//v1/admin/users",
                "/api/v1//admin/users",
                "/api/v1/%61dmin/users",
                "/api/v1/admin%2Fusers",
                "/api/v1/admin/plugins",
                "/api/v1;/admin/plugins")) {
            RawHttp.Answer answer = RawHttp.get(dossier.port, path, Map.of("Host", "127.0.0.1:" + dossier.port));
            assertNotEquals(200, answer.status(), path);
            assertFalse(answer.body().contains("\"login\""), path);
            assertTrue(answer.status() >= 400 && answer.status() < 500, path + " answered " + answer.status());
        }
        assertEquals(
                200, asAdmin("GET", "/api/v1;x=1/admin/users", null).statusCode(), "the administrator still gets in");
    }

    /** Basic credentials of {@code login}, sent through the proxy as the client {@code client}. */
    private RawHttp.Answer apiAs(String client, String login, String password) throws Exception {
        return RawHttp.send(
                PROXY,
                dossier.port,
                "GET",
                "/api/v1/posts?status=draft",
                Map.of(
                        "Host",
                        "127.0.0.1:" + dossier.port,
                        "X-Forwarded-For",
                        client,
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes())));
    }

    /** The login form filled in and posted through the proxy as {@code client}, with {@code cookie} (or none). */
    private RawHttp.Answer formLogin(String client, String login, String password, String cookie) throws Exception {
        Map<String, String> headers = new HashMap<>(
                Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-For", client, "Origin", origin()));
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        RawHttp.Answer page = RawHttp.send(PROXY, dossier.port, "GET", "/admin/login", headers);
        Element form = Jsoup.parse(page.body()).getElementById("login");
        StringBuilder body = new StringBuilder();
        for (Element input : form.select("input[name]")) {
            String name = input.attr("name");
            String value =
                    name.equals("login:username") ? login : name.equals("login:password") ? password : input.val();
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        body.append("&login%3Asubmit=Log+in");
        return RawHttp.send(PROXY, dossier.port, "POST", form.attr("action"), headers, body.toString());
    }

    private void addAccount(String login, String password) throws Exception {
        assertEquals(
                201,
                asAdmin(
                                "POST",
                                "/api/v1/admin/users",
                                "{\"login\": \"" + login + "\", \"displayName\": \"" + login
                                        + " Person\", \"email\": \"" + login
                                        + "@example.org\", \"role\": \"author\", \"password\": \"" + password + "\"}")
                        .statusCode());
    }

    @Test
    void aStrangerCannotLockAnAccountForItsOwner() throws Exception {
        addAccount("victim", "victim-password-1");
        for (int i = 0; i < 8; i++) {
            assertEquals(401, apiAs("198.51.100.60", "victim", "guess-" + i).status());
        }
        assertEquals(
                401,
                apiAs("198.51.100.60", "victim", "victim-password-1").status(),
                "the guesser's address is locked for the account");
        assertEquals(
                200,
                apiAs("198.51.100.61", "victim", "victim-password-1").status(),
                "the owner, elsewhere, still gets in");
    }

    @Test
    void aDistributedAttackLocksTheAccountExceptInBrowsersThatLoggedInBefore() throws Exception {
        addAccount("target", "target-password-1");
        RawHttp.Answer first = formLogin("192.0.2.10", "target", "target-password-1", null);
        assertEquals(302, first.status(), first.body());
        String device = Arrays.stream(first.header("Set-Cookie").orElseThrow().split(",\\s*(?=[A-Za-z_]+=)"))
                .filter(c -> c.startsWith("dossier_device="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(first.headers().toString()));
        assertTrue(device.contains("HttpOnly"), device);
        String cookie = device.substring(0, device.indexOf(';'));
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, apiAs("203.0.113." + i, "target", "wrong").status());
        }
        assertEquals(
                401,
                apiAs("192.0.2.20", "target", "target-password-1").status(),
                "locked for browsers the account never used");
        RawHttp.Answer stranger = formLogin("192.0.2.21", "target", "target-password-1", null);
        assertEquals(200, stranger.status());
        assertTrue(stranger.body().contains("Too many failed attempts"), "the form says why");
        RawHttp.Answer known = formLogin("192.0.2.22", "target", "target-password-1", cookie);
        assertEquals(302, known.status(), "the owner's browser gets in with the right password");
    }

    private static String cookie(RawHttp.Answer answer, String name) {
        return Arrays.stream(answer.header("Set-Cookie").orElse("").split(",\\s*(?=[A-Za-z_]+=)"))
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + answer.headers()));
    }

    /** An administrator's session, logged in through the form as the client {@code client}. */
    private String adminSession(String client) throws Exception {
        RawHttp.Answer login = formLogin(client, "admin", SharedDistribution.ADMIN_PASSWORD, null);
        assertEquals(302, login.status(), login.body());
        return cookie(login, "JSESSIONID");
    }

    private RawHttp.Answer viaProxy(String client, String method, String path, String cookie, String form)
            throws Exception {
        Map<String, String> headers = new HashMap<>(
                Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-For", client, "Origin", origin()));
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return RawHttp.send(PROXY, dossier.port, method, path, headers, form);
    }

    private static String viewState(String html) {
        return Jsoup.parse(html)
                .selectFirst("input[name=jakarta.faces.ViewState]")
                .val();
    }

    @Test
    void malformedCredentialsAreA401WithAProblemDetail() throws Exception {
        for (String authorization : List.of(
                "Basic !!!not-base64",
                "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()),
                "Basic",
                "Digest username=\"admin\"")) {
            RawHttp.Answer answer = RawHttp.get(
                    dossier.port,
                    "/api/v1/posts?status=draft",
                    Map.of("Host", "127.0.0.1:" + dossier.port, "Authorization", authorization));
            assertEquals(401, answer.status(), authorization);
            assertTrue(
                    answer.header("Content-Type").orElseThrow().startsWith("application/problem+json"), authorization);
            assertTrue(answer.header("WWW-Authenticate").orElseThrow().startsWith("Basic"), authorization);
            assertTrue(answer.header("X-Content-Type-Options").isPresent(), "security headers on the refusal too");
        }
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        RawHttp.Answer page = viaProxy("192.0.2.31", "GET", "/admin/login", null, null);
        String form = "login=login&login%3Ausername=admin&login%3Apassword="
                + URLEncoder.encode(SharedDistribution.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=Log+in&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState(page.body()), StandardCharsets.UTF_8);
        RawHttp.Answer crossSite = RawHttp.send(
                PROXY,
                dossier.port,
                "POST",
                "/admin/login",
                Map.of(
                        "Host",
                        "127.0.0.1:" + dossier.port,
                        "X-Forwarded-For",
                        "192.0.2.31",
                        "Origin",
                        "https://" + EVIL),
                form);
        assertEquals(200, crossSite.status());
        assertTrue(
                crossSite.body().contains("Log in from this site&#39;s own login page")
                        || crossSite.body().contains("Log in from this site's own login page"),
                crossSite.body());
        assertFalse(crossSite.header("Set-Cookie").orElse("").contains("dossier_device"), "not logged in");
        RawHttp.Answer direct = RawHttp.get(
                dossier.port, "/admin/login.xhtml?next=/admin/", Map.of("Host", "127.0.0.1:" + dossier.port));
        assertEquals(301, direct.status(), "the view's file answers at its address only");
        assertEquals("/admin/login?next=/admin/", direct.header("Location").orElseThrow());
    }

    @Test
    void aFormWhoseStateIsNotThisSessionsReopensThePageWithAMessageAndSavesNothing() throws Exception {
        String first = adminSession("192.0.2.32");
        String stale = viewState(
                viaProxy("192.0.2.32", "GET", "/admin/settings", first, null).body());
        String second = adminSession("192.0.2.32"); // logged in again, as after the session timed out
        for (String state : List.of(stale, "stateless")) {
            String form =
                    "settings=settings&settings%3Atitle=Changed+by+a+stale+form&settings%3Asave=&jakarta.faces.ViewState="
                            + URLEncoder.encode(state, StandardCharsets.UTF_8);
            RawHttp.Answer posted = viaProxy("192.0.2.32", "POST", "/admin/settings", second, form);
            assertEquals(302, posted.status(), state + ": " + posted.body());
            assertTrue(
                    posted.header("Location").orElseThrow().endsWith("/admin/settings"),
                    posted.headers().toString());
            String flash = posted.header("Set-Cookie")
                    .map(c -> Arrays.stream(c.split(",\\s*(?=[A-Za-z_]+=)"))
                            .map(x -> x.substring(0, x.indexOf(';') < 0 ? x.length() : x.indexOf(';')))
                            .filter(x -> !x.startsWith("JSESSIONID"))
                            .collect(Collectors.joining("; ")))
                    .orElse("");
            String reopened = viaProxy(
                            "192.0.2.32",
                            "GET",
                            "/admin/settings",
                            second + (flash.isEmpty() ? "" : "; " + flash),
                            null)
                    .body();
            assertTrue(reopened.contains("Your session expired; your changes were not saved"), state);
        }
        assertFalse(http.send(HttpRequest.newBuilder(dossier.url("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body()
                .contains("Changed by a stale form"));
    }

    @Test
    void aStatusInTheAddressIsReadInAnyCaseAndAnUnknownOneIsExplained() throws Exception {
        String session = adminSession("192.0.2.33");
        String drafts = viaProxy("192.0.2.33", "GET", "/admin/posts?status=draft", session, null)
                .body();
        String messages = Jsoup.parse(drafts).select(".ui-messages").text();
        assertFalse(
                messages.contains("convertible") || messages.contains("j_idt"),
                "no component id in a message: " + messages);
        assertTrue(drafts.contains("aria-current=\"page\">Draft"), "the Draft tab is the current one");
        String bogus = viaProxy("192.0.2.33", "GET", "/admin/posts?status=bogus", session, null)
                .body();
        assertTrue(
                Jsoup.parse(bogus).select(".ui-messages").text().contains("There is no status \"bogus\""), "explained");
    }

    @Test
    void oEmbedSpeaksXmlAsWordPressDoes() throws Exception {
        RawHttp.Answer xml = RawHttp.get(
                dossier.port,
                "/wp-json/oembed/1.0/embed?format=xml&url="
                        + URLEncoder.encode(origin() + FIRST_POST, StandardCharsets.UTF_8),
                Map.of("Host", "127.0.0.1:" + dossier.port));
        assertEquals(200, xml.status());
        assertTrue(xml.header("Content-Type").orElseThrow().startsWith("text/xml"));
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("oembed", document.getDocumentElement().getNodeName());
        assertEquals("1.0", document.getElementsByTagName("version").item(0).getTextContent());
        assertTrue(
                document.getElementsByTagName("html").item(0).getTextContent().startsWith("<blockquote"));
        assertFalse(xml.body().contains("nferre") || xml.body().contains(">admin<"), "no login in the card");
    }

    private static String field(HttpResponse<String> problem) {
        Matcher field = Pattern.compile("\"field\"\\s*:\\s*\"([^\"]*)\"").matcher(problem.body());
        return field.find() ? field.group(1) : "";
    }

    private static String jsonList(Stream<String> items) {
        return items.map(i -> "\"" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void apiWritesHaveLimitsEachNamedInAProblemDetail() throws Exception {
        Map<String, String> tooMuch = new LinkedHashMap<>();
        tooMuch.put("title", "{\"title\": \"" + "t".repeat(501) + "\"}");
        tooMuch.put("excerpt", "{\"title\": \"Limits\", \"excerpt\": \"" + "e".repeat(10_001) + "\"}");
        tooMuch.put(
                "tags",
                "{\"title\": \"Limits\", \"tags\": "
                        + jsonList(IntStream.range(0, 101).mapToObj(i -> "many-" + i)) + "}");
        tooMuch.put("categories", "{\"title\": \"Limits\", \"categoryIds\": " + Collections.nCopies(51, "1") + "}");
        tooMuch.put("body", "{\"title\": \"Limits\", \"body\": \"" + "b".repeat(1_000_001) + "\"}");
        for (Map.Entry<String, String> request : tooMuch.entrySet()) {
            HttpResponse<String> refused = asAdmin("POST", "/api/v1/posts", request.getValue());
            assertEquals(400, refused.statusCode(), request.getKey() + ": " + refused.body());
            assertEquals(request.getKey(), field(refused), refused.body());
        }
        HttpResponse<String> flood = asAdmin(
                "POST",
                "/api/v1/posts",
                "{\"title\": \"Limits\", \"tags\": "
                        + jsonList(IntStream.range(0, 21).mapToObj(i -> "flood-" + i)) + "}");
        assertEquals(400, flood.statusCode());
        assertEquals("tags", field(flood));
        assertFalse(
                http.send(
                                HttpRequest.newBuilder(dossier.url("/wp-json/wp/v2/tags?search=flood-"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("flood-"),
                "no tag of the refused save was kept");

        byte[] huge = ("{\"title\": \"Huge\", \"body\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}").getBytes();
        for (HttpRequest.BodyPublisher body : List.of(
                HttpRequest.BodyPublishers.ofByteArray(huge),
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge)))) { // declared, and chunked
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(dossier.url("/api/v1/posts"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            ("admin:" + SharedDistribution.ADMIN_PASSWORD).getBytes()))
                            .header("Content-Type", "application/json")
                            .POST(body)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), answer.body());
            assertEquals("body", field(answer));
        }
    }

    /** The settings form as the browser would post it, every field with its value, and the title given. */
    private static String settingsForm(String html, String title, String nonce) {
        Element form = Jsoup.parse(html).getElementById("settings");
        StringBuilder body = new StringBuilder("settings=settings&settings%3Asave=settings%3Asave");
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String value = name.equals("settings:title")
                    ? title
                    : field.tagName().equals("select")
                            ? field.select("option[selected]").val()
                            : field.tagName().equals("textarea") ? field.text() : field.val();
            if (!name.equals("settings")) {
                body.append('&')
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return nonce == null
                ? body.toString()
                : body + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
    }

    @Test
    void aBackOfficeFormWithoutItsCspNonceIsRefusedBeforeAnythingIsSaved() throws Exception {
        String session = adminSession("192.0.2.34");
        String page =
                viaProxy("192.0.2.34", "GET", "/admin/settings", session, null).body();
        String title = Jsoup.parse(page).getElementById("settings:title").val();
        RawHttp.Answer forged = viaProxy(
                "192.0.2.34", "POST", "/admin/settings", session, settingsForm(page, "Saved Without A Nonce", null));
        assertEquals(302, forged.status(), forged.body());
        assertFalse(
                http.send(HttpRequest.newBuilder(dossier.url("/")).build(), HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("Saved Without A Nonce"),
                "nothing was applied");

        page = viaProxy("192.0.2.34", "GET", "/admin/settings", session, null).body();
        Matcher nonce =
                Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertTrue(nonce.find(), "the page carries its nonce");
        RawHttp.Answer genuine =
                viaProxy("192.0.2.34", "POST", "/admin/settings", session, settingsForm(page, title, nonce.group(1)));
        assertEquals(200, genuine.status());
        assertTrue(genuine.body().contains("Settings saved."), "the same form with its nonce is taken");
    }

    @Test
    void behindARealTlsProxyReadersGetHstsAndTheThrottleSeesTheirAddress() throws Exception {
        addAccount("proxied", "proxied-password-1");
        try (TlsProxy nginx = TlsProxy.start(dossier.port, PROXY)) {
            HttpClient https = nginx.client();
            HttpResponse<String> page = https.send(
                    HttpRequest.newBuilder(nginx.url("/about/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertEquals(
                    "max-age=31536000",
                    page.headers().firstValue("Strict-Transport-Security").orElse(""),
                    "HTTPS at the proxy");
            assertTrue(
                    page.body().contains("<link rel=\"canonical\" href=\"" + origin() + "/about/\""),
                    "links on the site's address");
            HttpResponse<String> toLogin = https.send(
                    HttpRequest.newBuilder(nginx.url("/admin/settings")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, toLogin.statusCode());
            assertFalse(
                    toLogin.headers().firstValue("Location").orElseThrow().startsWith("http:"),
                    "no redirect leaves HTTPS");
            HttpResponse<String> toSlash = https.send(
                    HttpRequest.newBuilder(nginx.url("/admin")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(301, toSlash.statusCode(), "the container's directory redirect");
            // nginx names the host as $host does, without the test's port (a site on 443 has none).
            URI slash = nginx.url("/")
                    .resolve(toSlash.headers().firstValue("Location").orElseThrow());
            assertEquals("https", slash.getScheme(), "stays on HTTPS: " + slash);
            assertEquals("/admin/", slash.getPath());
            RawHttp.Answer login = formLogin("192.0.2.35", "admin", SharedDistribution.ADMIN_PASSWORD, null);
            assertEquals(
                    "/admin/",
                    login.header("Location").orElseThrow(),
                    "a login's redirect is a path, whatever the scheme");
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> wrong = https.send(
                        HttpRequest.newBuilder(nginx.url("/api/v1/posts?status=draft"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder().encodeToString(("proxied:wrong-" + i).getBytes()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, wrong.statusCode());
            }
        }
        // nginx passed on the client's own address (this machine's 127.0.0.1), not its own (127.0.0.2):
        // the pair locked is proxied × 127.0.0.1, so this machine is locked out and another client is not.
        assertEquals(
                401,
                RawHttp.get(
                                dossier.port,
                                "/api/v1/posts?status=draft",
                                Map.of(
                                        "Host",
                                        "127.0.0.1:" + dossier.port,
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("proxied:proxied-password-1".getBytes())))
                        .status());
        assertEquals(
                200, apiAs("198.51.100.90", "proxied", "proxied-password-1").status());
    }
}
