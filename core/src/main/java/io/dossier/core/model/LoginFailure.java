package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed logins counted under one throttle key (core.security.LoginThrottle): how many, the last, and the lock they earned. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until", nullable = false)
    private Instant lockedUntil;

    protected LoginFailure() {}

    public LoginFailure(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** One more failure at {@code now}, locked until {@code until}. */
    public void record(int count, Instant now, Instant until) {
        this.failures = count;
        this.lastFailureAt = now;
        this.lockedUntil = until;
    }
}
