package io.dossier.core.security;

import io.dossier.core.model.LoginFailure;
import io.dossier.core.text.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without letting a stranger lock someone out. Failures are counted
 * for the account from one address (the fifth locks that pair), for one address over every account
 * (the twentieth locks the address) and, for an account, the number of addresses failing at it:
 * only when a tenth address joins in, a distributed attack, is the account locked from every
 * address, except from browsers that logged in as it before ({@link KnownDevices}), whose own
 * failures are all that count for them. Each lock lasts 30 s, each further failure doubles it up to
 * 15 min; attempts during a lock are refused without checking the password and do not extend it.
 * A success clears its pair. The counts live in the database (login_failure), so every node of a
 * site sees the same locks and a restart forgets nothing; a key with no failure for an hour starts
 * afresh, and the address is the client's own (core.security.TrustedProxies), an IPv6 client's by
 * its /64, which one subscriber usually holds whole.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_PAIR_FAILURES = 4;
    static final int FREE_ADDRESS_FAILURES = 19;
    static final int FREE_ACCOUNT_ADDRESSES = 9;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** A key with no failure for this long starts afresh (and its row is deleted). */
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private EntityManager em;
    private Clock clock;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(EntityManager em) {
        this(em, Clock.systemUTC());
    }

    public LoginThrottle(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** How long this login from this address must still wait, if it is locked; {@code knownDevice}: the browser logged in as it before. */
    public Optional<Duration> lockedFor(String login, String address, boolean knownDevice) {
        Instant now = clock.instant();
        List<String> keys = knownDevice
                ? List.of(pairKey(login, address))
                : List.of(pairKey(login, address), addressKey(address), accountKey(login));
        Instant until = em.createQuery(
                        "select max(f.lockedUntil) from LoginFailure f where f.key in :keys", Instant.class)
                .setParameter("keys", keys)
                .getSingleResult();
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String login, String address) {
        Instant now = clock.instant();
        em.createQuery("delete from LoginFailure f where f.lastFailureAt < :forgotten")
                .setParameter("forgotten", now.minus(FORGET_AFTER))
                .executeUpdate();
        boolean newAddressForAccount = record(pairKey(login, address), FREE_PAIR_FAILURES, now) == 1;
        record(addressKey(address), FREE_ADDRESS_FAILURES, now);
        if (newAddressForAccount) {
            record(accountKey(login), FREE_ACCOUNT_ADDRESSES, now);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String login, String address) {
        LoginFailure pair = em.find(LoginFailure.class, pairKey(login, address));
        if (pair != null) {
            em.remove(pair);
        }
    }

    /** Counts one failure under {@code key}; returns the count. */
    private int record(String key, int free, Instant now) {
        LoginFailure row = em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new LoginFailure(key);
            em.persist(row);
        }
        int count = row.getLastFailureAt() == null
                        || row.getLastFailureAt().plus(FORGET_AFTER).isBefore(now)
                ? 1
                : row.getFailures() + 1;
        row.record(count, now, count <= free ? now : now.plus(lockAfter(count - free)));
        return count;
    }

    static Duration lockAfter(int failuresBeyondFree) {
        int doublings = Math.min(failuresBeyondFree - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static String pairKey(String login, String address) {
        return Digests.sha256Hex("pair\n" + normal(login) + "\n" + client(address));
    }

    private static String addressKey(String address) {
        return Digests.sha256Hex("address\n" + client(address));
    }

    private static String accountKey(String login) {
        return Digests.sha256Hex("account\n" + normal(login));
    }

    private static String normal(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** An IPv4 address whole, an IPv6 one by its first four groups (its /64). */
    static String client(String address) {
        if (address == null) {
            return "";
        }
        return TrustedProxies.literal(address)
                .filter(bytes -> bytes.length == 16)
                .map(bytes -> HexFormat.of().formatHex(bytes, 0, 8) + "::/64")
                .orElse(address);
    }
}
