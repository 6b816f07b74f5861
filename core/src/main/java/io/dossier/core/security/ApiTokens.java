package io.dossier.core.security;

import io.dossier.core.model.ApiToken;
import io.dossier.core.model.UserAccount;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.text.Digests;
import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * API tokens, as WordPress's application passwords: each account makes its own, named after the
 * client that uses it and limited to a role no stronger than the account's (a publishing tool
 * may get "contributor" from an administrator). A token is 32 random bytes shown once; only its
 * SHA-256 is stored, so a copy of the database lets nobody in. A client sends it as
 * {@code Authorization: Bearer …}; it acts with the weaker of the token's role and the account's
 * current one, and stops working when revoked or when its account is deleted.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    static final String PREFIX = "dossier_";
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;

    protected ApiTokens() {}

    @Inject
    public ApiTokens(EntityManager em) {
        this.em = em;
    }

    /** A token just made: its id and the secret, which is never shown again. */
    public record Created(long id, String token) {}

    /** A token as its owner's list shows it. */
    public record TokenRow(long id, String name, Role role, Instant createdAt, Instant lastUsedAt) {}

    /** Who a valid token acts for. */
    public record Caller(String login, Role role) {}

    public Created create(Actor actor, String name, Role role) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Name the token after the application that will use it");
        }
        if (name.strip().length() > 200) {
            throw new InvalidInputException("name", "The name is longer than 200 characters");
        }
        if (role == null) {
            throw new InvalidInputException("role", "Choose the role the token may act with");
        }
        if (role.ordinal() < actor.role().ordinal()) {
            throw new AccessDeniedException("A token cannot do more than your own role ("
                    + actor.role().name().toLowerCase() + ") allows");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(em.find(UserAccount.class, actor.accountId()), name.strip(), role, hash(token));
        em.persist(stored);
        em.flush();
        return new Created(stored.getId(), token);
    }

    /** The actor's own tokens, newest first. */
    public List<TokenRow> mine(Actor actor) {
        return em.createQuery(
                        "select new io.dossier.core.security.ApiTokens$TokenRow(t.id, t.name, t.role, t.createdAt,"
                                + " t.lastUsedAt) from ApiToken t where t.account.id = :account"
                                + " order by t.createdAt desc, t.id desc",
                        TokenRow.class)
                .setParameter("account", actor.accountId())
                .getResultList();
    }

    /** Revokes one of the actor's tokens (administrators: anyone's). */
    public void revoke(Actor actor, long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || (token.getAccount().getId() != actor.accountId() && !actor.can(Capability.MANAGE_USERS))) {
            throw new NotFoundException("No such token");
        }
        em.remove(token);
    }

    /** The caller a token stands for, if it is one of ours and still valid; notes when it was last used. */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .map(t -> {
                    Instant now = Instant.now();
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(USE_GRANULARITY))) {
                        t.setLastUsedAt(now); // at most one write per token every few minutes
                    }
                    Role account = t.getAccount().getRole();
                    Role weaker = t.getRole().ordinal() > account.ordinal() ? t.getRole() : account;
                    return new Caller(t.getAccount().getLogin(), weaker);
                });
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }
}
