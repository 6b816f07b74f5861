package io.dossier.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The two ways in, both checking passwords against io.dossier.core.security.AccountIdentityStore:
 * HTTP Basic for API clients (no session), and a form at /admin/login for people (a session,
 * remembered by Jakarta Security's auto-apply-session). PathAuthentication picks one by path. A
 * CDI bean, because Jakarta Security reads mechanism definitions from beans.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Dossier")
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/admin/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMINISTRATOR", "EDITOR", "AUTHOR", "CONTRIBUTOR"})
public class Authentication {}
