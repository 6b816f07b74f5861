package io.dossier.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Who may call what, before any resource runs. Jakarta Security has already checked any Basic
 * credentials sent (web.security.PathAuthentication). Reads are public; every write needs a
 * login (401 with a challenge otherwise), and what the account's role allows is then decided by
 * the services, as in the admin (403). Resources marked {@link AdministratorsOnly} (those under
 * /api/v1/admin/) let only administrators in at all; the mark is read from the matched resource,
 * after routing, never from the path's spelling.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiGuard implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean admin = administratorsOnly(resource);
        if (!admin && READS.contains(request.getMethod())) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(ProblemResponses.problem(
                            401,
                            "Unauthorized",
                            admin
                                    ? "Log in with an administrator's account (HTTP Basic)"
                                    : "Log in (HTTP Basic) to change content",
                            null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Dossier\"")
                    .build());
        } else if (admin && !security.isUserInRole("ADMINISTRATOR")) {
            request.abortWith(ProblemResponses.problem(
                    403, "Forbidden", "Only administrators may use the administration API", null));
        }
    }

    private static boolean administratorsOnly(ResourceInfo resource) {
        return resource != null
                && ((resource.getResourceClass() != null
                                && resource.getResourceClass().isAnnotationPresent(AdministratorsOnly.class))
                        || (resource.getResourceMethod() != null
                                && resource.getResourceMethod().isAnnotationPresent(AdministratorsOnly.class)));
    }
}
