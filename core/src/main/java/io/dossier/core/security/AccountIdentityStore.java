package io.dossier.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Jakarta Security's view of Dossier's accounts: the caller's group is the account's role name.
 * Every password check, from the login form and from API clients alike, passes the
 * {@link LoginThrottle} first.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

    @Inject
    AccountPasswords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    @Inject
    KnownDevices devices;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller();
        String address = proxies.client(request).address(); // runs before any filter: resolve the proxy here
        if (throttle.lockedFor(login, address, devices.recognises(request, login))
                .isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return passwords
                .verify(login, credential.getPassword().getValue())
                .map(role -> {
                    throttle.succeeded(login, address);
                    return new CredentialValidationResult(login, Set.of(role.name()));
                })
                .orElseGet(() -> {
                    try {
                        throttle.failed(login, address);
                    } catch (RuntimeException raced) { // two failures for a new key at once: one is counted
                        LOG.fine(() -> "failed login not counted: " + raced);
                    }
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
