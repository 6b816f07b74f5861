package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

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
    private static final String FIRST_POST = "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";
    /** Every kind of answer that carries the site's absolute address. */
    private static final List<String> ABSOLUTE = List.of("/feed/", FIRST_POST, "/wp-json/wp/v2/posts", "/robots.txt",
            "/sitemap.xml", "/", "/api/v1/posts");

    private RunningDossier dossier;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void useTheSharedDistribution() {
        dossier = SharedDistribution.dossier();
    }

    private String origin() {
        return "http://127.0.0.1:" + dossier.port;
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(dossier.url(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + SharedDistribution.ADMIN_PASSWORD).getBytes()))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aForeignHostIsRefusedAndNeverReachesACachedAnswer() throws Exception {
        // A publication empties the cache: the next reader's request is the one that fills it.
        assertEquals(201, asAdmin("POST", "/api/v1/posts",
                "{\"title\": \"Host check\", \"body\": \"<p>Published to empty the cache.</p>\", \"status\": \"published\"}").statusCode());
        for (String path : ABSOLUTE) {
            RawHttp.Answer forged = RawHttp.get(dossier.port, path, Map.of("Host", EVIL));
            assertEquals(400, forged.status(), path);
            assertFalse(forged.body().contains(EVIL), path);
            assertTrue(forged.header("Content-Security-Policy").isPresent(), "the refusal carries the security headers");
            // The forwarding headers of a peer that is not a trusted proxy are ignored.
            RawHttp.Answer spoofed = RawHttp.get(dossier.port, path, Map.of("Host", "127.0.0.1:" + dossier.port,
                    "X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.1"));
            assertEquals(200, spoofed.status(), path);
            assertFalse(spoofed.body().contains(EVIL), path);
            assertFalse(spoofed.header("Strict-Transport-Security").isPresent(), path);
        }
        for (String path : ABSOLUTE) {
            HttpResponse<String> reader = http.send(HttpRequest.newBuilder(dossier.url(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reader.statusCode(), path);
            assertFalse(reader.body().contains(EVIL), path);
            assertFalse(reader.body().contains("https://127.0.0.1"), path);
        }
        String post = http.send(HttpRequest.newBuilder(dossier.url(FIRST_POST)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(post.contains("<link rel=\"canonical\" href=\"" + origin() + FIRST_POST + "\""), "canonical on the site's address");
        assertTrue(post.contains("property=\"og:url\" content=\"" + origin() + FIRST_POST + "\""));
    }

    @Test
    void anAliasIsRedirectedToTheSameAddressOnTheCanonicalHost() throws Exception {
        RawHttp.Answer answer = RawHttp.get(dossier.port, "/category/news/?x=1", Map.of("Host", ALIAS));
        assertEquals(301, answer.status());
        assertEquals(origin() + "/category/news/?x=1", answer.header("Location").orElseThrow());
        RawHttp.Answer post = RawHttp.send("127.0.0.1", dossier.port, "POST", "/admin/login", Map.of("Host", ALIAS + ":" + dossier.port,
                "Content-Length", "0"));
        assertEquals(308, post.status(), "a form posted to an alias keeps its method");
    }

    @Test
    void aLoopbackNameFromThisMachineIsServedButNotCached() throws Exception {
        for (int i = 0; i < 2; i++) {
            RawHttp.Answer answer = RawHttp.get(dossier.port, "/tag/vafc/?from=localhost", Map.of("Host", "localhost:" + dossier.port));
            assertEquals(200, answer.status());
            assertFalse(answer.header("X-Cache").isPresent(), "stored or served from the page cache");
            assertTrue(answer.body().contains(origin() + "/tag/vafc/"), "links on the canonical address");
        }
        // The same name from elsewhere (through the proxy) is just another host.
        RawHttp.Answer proxied = RawHttp.send(PROXY, dossier.port, "GET", "/", Map.of("Host", "127.0.0.1:" + dossier.port,
                "X-Forwarded-Host", "localhost:" + dossier.port, "X-Forwarded-For", "198.51.100.2"));
        assertEquals(400, proxied.status());
    }

    @Test
    void behindTheTrustedProxyTheSiteKnowsItIsOnHttpsAndForWhichHost() throws Exception {
        Map<String, String> https = Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.3");
        RawHttp.Answer answer = RawHttp.send(PROXY, dossier.port, "GET", "/about/", https);
        assertEquals(200, answer.status());
        assertEquals("max-age=31536000", answer.header("Strict-Transport-Security").orElseThrow());
        RawHttp.Answer plain = RawHttp.send(PROXY, dossier.port, "GET", "/about/", Map.of("Host", "127.0.0.1:" + dossier.port,
                "X-Forwarded-Proto", "http"));
        assertFalse(plain.header("Strict-Transport-Security").isPresent());
        RawHttp.Answer forged = RawHttp.send(PROXY, dossier.port, "GET", "/about/", Map.of("Host", "127.0.0.1:" + dossier.port,
                "X-Forwarded-Host", EVIL));
        assertEquals(400, forged.status(), "the proxy passed on a host the site is not");
        RawHttp.Answer alias = RawHttp.send(PROXY, dossier.port, "GET", "/about/", Map.of("Host", "127.0.0.1:" + dossier.port,
                "X-Forwarded-Host", ALIAS));
        assertEquals(301, alias.status());
    }

    @Test
    void theAdministratorsApiCannotBeReachedByAnotherSpellingOfItsPath() throws Exception {
        for (String path : List.of("/api/v1/admin/users", "/api/v1;x=1/admin/users", "/api/v1/admin;x=1/users",
                "/api//v1/admin/users", "/api/v1//admin/users", "/api/v1/%61dmin/users", "/api/v1/admin%2Fusers",
                "/api/v1/admin/plugins", "/api/v1;/admin/plugins")) {
            RawHttp.Answer answer = RawHttp.get(dossier.port, path, Map.of("Host", "127.0.0.1:" + dossier.port));
            assertNotEquals(200, answer.status(), path);
            assertFalse(answer.body().contains("\"login\""), path);
            assertTrue(answer.status() >= 400 && answer.status() < 500, path + " answered " + answer.status());
        }
        assertEquals(200, asAdmin("GET", "/api/v1;x=1/admin/users", null).statusCode(), "the administrator still gets in");
    }

    /** Basic credentials of {@code login}, sent through the proxy as the client {@code client}. */
    private RawHttp.Answer apiAs(String client, String login, String password) throws Exception {
        return RawHttp.send(PROXY, dossier.port, "GET", "/api/v1/posts?status=draft", Map.of("Host", "127.0.0.1:" + dossier.port,
                "X-Forwarded-For", client, "Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes())));
    }

    /** The login form filled in and posted through the proxy as {@code client}, with {@code cookie} (or none). */
    private RawHttp.Answer formLogin(String client, String login, String password, String cookie) throws Exception {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Host", "127.0.0.1:" + dossier.port, "X-Forwarded-For", client,
                "Origin", origin()));
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        RawHttp.Answer page = RawHttp.send(PROXY, dossier.port, "GET", "/admin/login", headers);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page.body()).getElementById("login");
        StringBuilder body = new StringBuilder();
        for (org.jsoup.nodes.Element input : form.select("input[name]")) {
            String name = input.attr("name");
            String value = name.equals("login:username") ? login : name.equals("login:password") ? password : input.val();
            body.append(body.isEmpty() ? "" : "&").append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                    .append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
        body.append("&login%3Asubmit=Log+in");
        return RawHttp.send(PROXY, dossier.port, "POST", form.attr("action"), headers, body.toString());
    }

    private void addAccount(String login, String password) throws Exception {
        assertEquals(201, asAdmin("POST", "/api/v1/admin/users", "{\"login\": \"" + login + "\", \"displayName\": \"" + login
                + " Person\", \"email\": \"" + login + "@example.org\", \"role\": \"author\", \"password\": \"" + password + "\"}")
                .statusCode());
    }

    @Test
    void aStrangerCannotLockAnAccountForItsOwner() throws Exception {
        addAccount("victim", "victim-password-1");
        for (int i = 0; i < 8; i++) {
            assertEquals(401, apiAs("198.51.100.60", "victim", "guess-" + i).status());
        }
        assertEquals(401, apiAs("198.51.100.60", "victim", "victim-password-1").status(), "the guesser's address is locked for the account");
        assertEquals(200, apiAs("198.51.100.61", "victim", "victim-password-1").status(), "the owner, elsewhere, still gets in");
    }

    @Test
    void aDistributedAttackLocksTheAccountExceptInBrowsersThatLoggedInBefore() throws Exception {
        addAccount("target", "target-password-1");
        RawHttp.Answer first = formLogin("192.0.2.10", "target", "target-password-1", null);
        assertEquals(302, first.status(), first.body());
        String device = java.util.Arrays.stream(first.header("Set-Cookie").orElseThrow().split(",\\s*(?=[A-Za-z_]+=)"))
                .filter(c -> c.startsWith("dossier_device=")).findFirst().orElseThrow(() -> new AssertionError(first.headers().toString()));
        assertTrue(device.contains("HttpOnly"), device);
        String cookie = device.substring(0, device.indexOf(';'));
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, apiAs("203.0.113." + i, "target", "wrong").status());
        }
        assertEquals(401, apiAs("192.0.2.20", "target", "target-password-1").status(), "locked for browsers the account never used");
        RawHttp.Answer stranger = formLogin("192.0.2.21", "target", "target-password-1", null);
        assertEquals(200, stranger.status());
        assertTrue(stranger.body().contains("Too many failed attempts"), "the form says why");
        RawHttp.Answer known = formLogin("192.0.2.22", "target", "target-password-1", cookie);
        assertEquals(302, known.status(), "the owner's browser gets in with the right password");
    }
}
