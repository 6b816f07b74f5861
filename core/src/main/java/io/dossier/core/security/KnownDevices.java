package io.dossier.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Browsers an account has logged in from, recognised by a signed cookie (OWASP's "device cookie"):
 * when strangers from many addresses guess an account's password and the account is locked, a
 * browser that logged in as it before still gets in with the right password. The cookie names
 * only a hash of the login, so it gives a thief nothing but what the lock would have let through.
 */
@ApplicationScoped
public class KnownDevices {

    public static final String COOKIE = "dossier_device";
    /** How long a browser stays known: a year, as WordPress keeps "remember me" for two weeks and banks for months. */
    public static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    private SiteSecrets secrets;
    private Clock clock;

    protected KnownDevices() {
        // for CDI proxies
    }

    @Inject
    public KnownDevices(SiteSecrets secrets) {
        this(secrets, Clock.systemUTC());
    }

    KnownDevices(SiteSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The cookie's value for a browser that just logged in as {@code login}: the day it was issued, signed with the login. */
    public String tokenFor(String login) {
        long day = clock.instant().getEpochSecond() / 86_400;
        return day + "." + signature(login, day);
    }

    /** Whether {@code token} (a cookie's value, or null) was handed out within a year to a browser that logged in as {@code login}. */
    public boolean recognises(String token, String login) {
        if (token == null || login == null || !token.matches("\\d{1,9}\\.[A-Za-z0-9_-]{43}")) {
            return false;
        }
        long day = Long.parseLong(token.substring(0, token.indexOf('.')));
        long today = clock.instant().getEpochSecond() / 86_400;
        return day <= today
                && today - day < MAX_AGE_SECONDS / 86_400
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII),
                        (day + "." + signature(login, day)).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the browser that sent {@code request} logged in as {@code login} before. */
    public boolean recognises(HttpServletRequest request, String login) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE) && recognises(cookie.getValue(), login)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cookie that makes this browser known for {@code login}: HttpOnly, for the back office only,
     * Secure on an https site; SameSite=Lax like every cookie of the site (the launcher sets it on the listener).
     */
    public Cookie cookieFor(String login, String contextPath, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, tokenFor(login));
        cookie.setPath(contextPath + "/admin/");
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        return cookie;
    }

    private String signature(String login, long day) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.signingKey(), "HmacSHA256"));
            byte[] signed = mac.doFinal(
                    ("device:" + day + ":" + login.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
