package io.dossier.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
        void advance(Duration d) { now = now.plus(d); }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFifthFailureLocksAndEachFurtherOneDoublesTheLock() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertEquals(Optional.empty(), throttle.lockedFor("casey", "10.0.0.1"));
            throttle.failed("casey", "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.lockedFor("casey", "10.0.0.1"), "four failures are free");
        throttle.failed("casey", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.lockedFor("casey", "10.0.0.2"),
                "the account is locked from every address");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.lockedFor("casey", "10.0.0.1"));
        throttle.failed("Casey ", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("casey", "10.0.0.1"), "logins compare case-insensitively");
        assertEquals(Optional.empty(), throttle.lockedFor("someone-else", "10.0.0.3"));
    }

    @Test
    void theLockNeverExceedsFifteenMinutesAndASuccessClearsTheAccount() {
        assertEquals(Duration.ofSeconds(30), LoginThrottle.lockAfter(1));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.lockAfter(5));
        assertEquals(LoginThrottle.LONGEST_LOCK, LoginThrottle.lockAfter(6));
        assertEquals(LoginThrottle.LONGEST_LOCK, LoginThrottle.lockAfter(60));
        for (int i = 0; i < 7; i++) {
            throttle.failed("dana", "10.0.0.9");
        }
        assertTrue(throttle.lockedFor("dana", "10.0.0.9").isPresent());
        throttle.succeeded("dana");
        assertEquals(Optional.empty(), throttle.lockedFor("dana", "10.0.0.8"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedToo() {
        for (int i = 0; i <= LoginThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertTrue(throttle.lockedFor("never-tried", "203.0.113.7").isPresent());
        assertEquals(Optional.empty(), throttle.lockedFor("never-tried", "203.0.113.8"));
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutNewOnes() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("erin", "10.0.0.5");
        }
        clock.advance(Duration.ofHours(2));
        throttle.failed("erin", "10.0.0.5");
        assertEquals(Optional.empty(), throttle.lockedFor("erin", "10.0.0.5"), "counting starts afresh");
    }
}
