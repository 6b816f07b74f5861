package io.dossier.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Administrators only under /api/v1/admin/. Jakarta Security has already checked any Basic
 * credentials sent (web.security.PathAuthentication); this answers 401 with a challenge when there were none or they
 * were wrong, and 403 when the account is not an administrator, both as problem details.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AdminApiGuard implements ContainerRequestFilter {

    static final String ADMIN_PATH = "v1/admin/";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().replaceFirst("^/", "").startsWith(ADMIN_PATH)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(ProblemResponses.problem(401, "Unauthorized",
                            "Log in with an administrator's account (HTTP Basic)", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Dossier\"").build());
        } else if (!security.isUserInRole("ADMINISTRATOR")) {
            request.abortWith(ProblemResponses.problem(403, "Forbidden", "Only administrators may change plugins", null));
        }
    }
}
