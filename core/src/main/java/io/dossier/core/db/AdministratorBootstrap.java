package io.dossier.core.db;

import io.dossier.core.security.AccountPasswords;
import io.dossier.core.service.AccountService;
import io.dossier.core.vocabulary.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * There is never a default password. When no account can log in, the "admin" account (created if
 * missing) gets {@code DOSSIER_ADMIN_PASSWORD}, or a random password printed once in the log.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String LOGIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    AccountPasswords passwords;

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    @Inject
    @ConfigProperty(name = "DOSSIER_ADMIN_PASSWORD")
    Optional<String> configured;

    public void ensureAnAdministratorCanLogIn() {
        if (passwords.anyPasswordSet()) {
            return;
        }
        boolean exists = !em.createQuery("select u.id from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", LOGIN)
                .getResultList()
                .isEmpty();
        if (!exists) {
            accounts.create(LOGIN, "Administrator", null, Role.ADMINISTRATOR);
        }
        if (configured.isPresent() && !configured.get().isBlank()) {
            passwords.setPassword(LOGIN, configured.get().toCharArray());
            LOG.info("Administrator account \"admin\" has the password from DOSSIER_ADMIN_PASSWORD");
        } else {
            String generated = randomPassword();
            passwords.setPassword(LOGIN, generated.toCharArray());
            LOG.warning("Administrator account created. Log in as \"admin\" with the password " + generated
                    + " (shown once; change it, or set DOSSIER_ADMIN_PASSWORD before the first start)");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
