package io.dossier.core.security;

import io.dossier.core.model.UserAccount;
import io.dossier.core.vocabulary.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * Sets and checks account passwords with the platform's PBKDF2 (HMAC-SHA512, 210,000 iterations,
 * 32-byte salt, as OWASP recommends). Only hashes are stored; each hash records its parameters,
 * so stronger settings later still verify old passwords.
 */
@ApplicationScoped
public class AccountPasswords {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;

    @Inject
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Checked when the login is unknown, so both cases cost the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy password that never matches".toCharArray());
    }

    @Transactional
    public void setPassword(String login, char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters");
        }
        account(login)
                .orElseThrow(() -> new IllegalArgumentException("No account " + login))
                .setPasswordHash(hash.generate(password));
    }

    /** The account's role when the password is right; empty otherwise (also for unknown logins). */
    public Optional<Role> verify(String login, char[] password) {
        Optional<UserAccount> account = account(login);
        String stored = account.map(UserAccount::getPasswordHash).orElse(null);
        boolean matches = hash.verify(password, stored == null ? decoy : stored);
        return matches && stored != null ? account.map(UserAccount::getRole) : Optional.empty();
    }

    /** Whether any account can log in at all. */
    public boolean anyPasswordSet() {
        return !em.createQuery("select u.id from UserAccount u where u.passwordHash is not null", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Optional<UserAccount> account(String login) {
        return em
                .createQuery("select u from UserAccount u where u.login = :login", UserAccount.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .findFirst();
    }
}
