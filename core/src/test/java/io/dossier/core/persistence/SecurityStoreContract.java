package io.dossier.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.security.Actor;
import io.dossier.core.security.KnownDevices;
import io.dossier.core.security.LoginThrottle;
import io.dossier.core.security.SiteSecrets;
import io.dossier.core.service.SettingsService;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.vocabulary.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What keeps accounts and the site's address safe, on a real database (H2 and PostgreSQL): the
 * login throttle's counts, which every node must share, the signing key, and the address settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityStoreContract {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    TestDatabase database;
    ContentStore store;
    final ManualClock clock = new ManualClock();
    LoginThrottle throttle;

    abstract TestDatabase freshDatabase() throws Exception;

    @BeforeAll
    void open() throws Exception {
        database = freshDatabase();
        store = new ContentStore(database.config());
        throttle = new LoginThrottle(store.em, clock);
    }

    @AfterAll
    void close() throws Exception {
        store.close();
        database.close();
    }

    private <T> T tx(Supplier<T> work) {
        return store.inTransaction(work);
    }

    private void fail(String login, String address) {
        tx(() -> {
            throttle.failed(login, address);
            return null;
        });
    }

    private Optional<Duration> locked(String login, String address) {
        return throttle.lockedFor(login, address, false);
    }

    @Test
    void theFifthFailureLocksThatAccountFromThatAddressOnly() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), locked("casey", "10.0.0.1"));
            fail("casey", "10.0.0.1");
        }
        assertEquals(Optional.empty(), locked("casey", "10.0.0.1"), "four failures are free");
        fail("casey", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), locked("casey", "10.0.0.1"));
        assertEquals(Optional.empty(), locked("casey", "10.0.0.2"), "a stranger's guesses do not lock the owner out");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), locked("casey", "10.0.0.1"));
        fail("Casey ", "10.0.0.1");
        assertEquals(
                Optional.of(Duration.ofMinutes(1)),
                locked("casey", "10.0.0.1"),
                "logins compare case-insensitively; the lock doubles");
    }

    @Test
    void aSuccessClearsItsPairAndLocksNeverExceedFifteenMinutes() {
        for (int i = 0; i < 12; i++) {
            fail("dana", "10.0.1.9");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), locked("dana", "10.0.1.9"));
        tx(() -> {
            throttle.succeeded("dana", "10.0.1.9");
            return null;
        });
        assertEquals(Optional.empty(), locked("dana", "10.0.1.9"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsLocked() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "203.0.113.7");
        }
        assertTrue(locked("never-tried", "203.0.113.7").isPresent());
        assertEquals(Optional.empty(), locked("never-tried", "203.0.113.8"));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 0; i < 20; i++) {
            fail("v6-user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertTrue(locked("someone", "2001:db8:1:2:ffff::1").isPresent(), "the whole /64 is one client");
        assertEquals(Optional.empty(), locked("someone", "2001:db8:1:3::1"));
    }

    @Test
    void aDistributedAttackLocksTheAccountButNotItsKnownBrowsers() {
        for (int i = 1; i <= 9; i++) {
            fail("erin", "198.51.100." + i);
        }
        assertEquals(Optional.empty(), locked("erin", "192.0.2.1"), "nine addresses are not yet an attack");
        fail("erin", "198.51.100.10");
        assertTrue(locked("erin", "192.0.2.1").isPresent(), "a tenth address locks the account for strangers");
        assertEquals(
                Optional.empty(),
                throttle.lockedFor("erin", "192.0.2.1", true),
                "a browser that logged in before still gets in");
        assertEquals(Optional.empty(), locked("frank", "192.0.2.1"));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutNewOnes() {
        for (int i = 0; i < 6; i++) {
            fail("gail", "10.0.0.5");
        }
        clock.advance(Duration.ofHours(2));
        fail("gail", "10.0.0.5");
        assertEquals(Optional.empty(), locked("gail", "10.0.0.5"), "counting starts afresh");
        long rows = store.em
                .createQuery("select count(f) from LoginFailure f where f.lastFailureAt < :old", Long.class)
                .setParameter("old", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        assertEquals(0, rows, "forgotten failures are deleted");
    }

    @Test
    void theSigningKeyIsMadeOnceAndKeptAcrossRestarts() {
        SiteSecrets first = new SiteSecrets(store.em);
        byte[] key = tx(first::signingKey);
        assertEquals(32, key.length);
        assertArrayEquals(key, tx(new SiteSecrets(store.em)::signingKey), "a second node or start reads the same key");
        KnownDevices devices = new KnownDevices(new SiteSecrets(store.em));
        String token = tx(() -> devices.tokenFor("Hana"));
        assertTrue(tx(() -> devices.recognises(token, "hana ")));
        assertFalse(tx(() -> devices.recognises(token, "ivan")));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertFalse(tx(() -> devices.recognises(tampered, "hana")), "one character changed");
        assertFalse(
                tx(() -> devices.recognises("0." + token.substring(token.indexOf('.') + 1), "hana")),
                "a token is signed with its day");
    }

    @Test
    void theFirstProposalOfTheSitesAddressWinsAndTheOwnerCanChangeIt() {
        assertTrue(tx(() -> store.settings.proposeBaseUrl("http://127.0.0.1:8080")));
        assertFalse(tx(() -> store.settings.proposeBaseUrl("http://127.0.0.1:9999")));
        store.site.invalidate();
        assertEquals("http://127.0.0.1:8080", store.site.site().baseUrl());
        Actor admin = new Actor(1, "admin", Role.ADMINISTRATOR);
        SettingsService.Settings settings = tx(() -> store.settings.current(admin));
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> tx(() -> {
                    store.settings.update(admin, settings, new SettingsService.Address("javascript:alert(1)", ""));
                    return null;
                }));
        assertEquals("baseUrl", refused.field());
        assertEquals(settings, tx(() -> store.settings.current(admin)), "nothing of a refused form is saved");
        tx(() -> {
            store.settings.update(
                    admin,
                    settings,
                    new SettingsService.Address("https://Example.org/", "www.example.org\nold.example:8443"));
            return null;
        });
        assertEquals(
                new SettingsService.Address("https://example.org", "www.example.org\nold.example:8443"),
                tx(() -> store.settings.currentAddress(admin)));
        assertThrows(
                InvalidInputException.class,
                () -> tx(() -> {
                    store.settings.update(
                            admin, settings, new SettingsService.Address("https://example.org", "bad host/"));
                    return null;
                }));
    }
}
