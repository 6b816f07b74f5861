package io.dossier.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Jakarta Security's view of Dossier's accounts: the caller's group is the account's role name. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountPasswords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return passwords.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(role -> new CredentialValidationResult(credential.getCaller(), Set.of(role.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
