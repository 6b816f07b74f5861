package io.dossier.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per client address. The fifth failure for an
 * account (the twentieth from an address) locks it for 30 s, and each further failure for twice
 * as long as the previous one (1 min, 2 min, ... at most 15 min). Attempts during a lock are refused without checking the password
 * and do not extend it. A success clears the account's record. Kept in memory: a restart forgets
 * it, which costs an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 4;
    static final int FREE_ADDRESS_FAILURES = 19;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** A key with no failure for this long starts afresh. */
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Bound on remembered keys, so a flood of made-up logins cannot fill the heap. */
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login from this address must still wait, if it is locked. */
    public Optional<Duration> lockedFor(String login, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accountKey(login), now), lockedUntil(addressKey(address), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
            }
        }
        record(accountKey(login), FREE_ACCOUNT_FAILURES, now);
        record(addressKey(address), FREE_ADDRESS_FAILURES, now);
    }

    public void succeeded(String login) {
        failures.remove(accountKey(login));
    }

    private void record(String key, int free, Instant now) {
        failures.compute(key, (k, previous) -> {
            int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
            Instant until = count <= free ? now : now.plus(lockAfter(count - free));
            return new Failures(count, now, until);
        });
    }

    static Duration lockAfter(int failuresBeyondFree) {
        int doublings = Math.min(failuresBeyondFree - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null ? now : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String login) {
        return "account:" + (login == null ? "" : login.strip().toLowerCase());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }
}
