package io.dossier.core.security;

import io.dossier.core.model.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The site's signing key: 32 random bytes made on first use and kept in the database, so every
 * node, and every start, signs and recognises the same tokens. Never leaves the server.
 */
@ApplicationScoped
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EntityManager em;
    private volatile byte[] key;

    protected SiteSecrets() {
        // for CDI proxies
    }

    @Inject
    public SiteSecrets(EntityManager em) {
        this.em = em;
    }

    /** The key; made and saved by the first caller on a database that has none (one statement, so only one wins). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] signingKey() {
        byte[] current = key;
        if (current == null) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            em.createQuery("update SiteSettings s set s.signingKey = :key where s.id = :id and s.signingKey is null")
                    .setParameter("key", Base64.getEncoder().encodeToString(fresh))
                    .setParameter("id", SiteSettings.ID)
                    .executeUpdate();
            String stored = em.createQuery("select s.signingKey from SiteSettings s where s.id = :id", String.class)
                    .setParameter("id", SiteSettings.ID)
                    .getSingleResult();
            current = Base64.getDecoder().decode(stored);
            key = current;
        }
        return current;
    }
}
