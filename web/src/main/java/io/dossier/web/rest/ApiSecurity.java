package io.dossier.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * How API clients authenticate: HTTP Basic over the accounts' PBKDF2-hashed passwords
 * (io.dossier.core.security.AccountIdentityStore). Basic creates no session, and only the
 * resources web.xml protects (/api/v1/admin/*) ask for credentials. A CDI bean, because Jakarta
 * Security reads mechanism definitions from beans.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Dossier")
@DeclareRoles({"ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
public class ApiSecurity {
}
