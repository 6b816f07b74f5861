package io.dossier.web.security;

import io.dossier.core.security.ApiTokens;
import io.dossier.core.text.JsonFactories;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition.BasicAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Chooses the authentication mechanism by path (Jakarta Security 4's handler): the REST API
 * takes an API token ({@code Authorization: Bearer}, see core.security.ApiTokens) or HTTP Basic, the back office the login form, and the public site none at all, so readers
 * cost nothing and never get a session. An anonymous request for an admin page is sent to the
 * login form with the page to come back to. web.xml has no security constraint (one made Payara
 * protect "/" too), so this is where "the admin needs a login" is decided.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PathAuthentication implements HttpAuthenticationMechanismHandler {

    public static final String LOGIN_PAGE = "/admin/login";
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    @Inject
    ApiTokens tokens;

    @Inject
    @BasicAuthenticationMechanism
    HttpAuthenticationMechanism basic;

    @Inject
    @CustomFormAuthenticationMechanism
    HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String path = path(request);
        if (path.startsWith("/api/")) {
            String authorization = request.getHeader("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return tokens.authenticate(
                                authorization.substring(BEARER.length()).strip())
                        .map(caller -> context.notifyContainerAboutLogin(
                                caller.login(), Set.of(caller.role().name())))
                        .orElseGet(() -> {
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"Dossier\", error=\"invalid_token\"");
                            return context.responseUnauthorized();
                        });
            }
            if (authorization != null && !wellFormedBasic(authorization)) {
                return unauthorized(
                        request,
                        response,
                        context,
                        "The Authorization header is neither \"Bearer <token>\" nor"
                                + " \"Basic <base64 of login:password>\"");
            }
            return basic.validateRequest(request, response, context);
        }
        if (path.startsWith("/author/") && hasSession(request)) {
            // Staff following an old /author/<login>/ link get the redirect to the account's page
            // (web.routing.ListingResolver); readers have no session and cost nothing here.
            AuthenticationStatus status = form.validateRequest(request, response, context);
            return status == AuthenticationStatus.SUCCESS ? status : context.doNothing();
        }
        if (!path.startsWith("/admin/") && !path.equals("/admin")) {
            return context.doNothing();
        }
        AuthenticationStatus status = form.validateRequest(request, response, context);
        if (status == AuthenticationStatus.NOT_DONE && !context.isAuthenticationRequest() && needsLogin(path)) {
            // A path, not the container's absolute address, which behind a TLS proxy would say http.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + LOGIN_PAGE + "?next=" + next(request, path));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return path(request).startsWith("/api/")
                ? basic.secureResponse(request, response, context)
                : form.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        form.cleanSubject(request, response, context);
    }

    /**
     * {@code Basic} and the Base64 of {@code login:password}: what the container's mechanism can
     * read. Anything else would reach it and fail there as a 500.
     */
    static boolean wellFormedBasic(String authorization) {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return false;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 401 with the challenge, the security headers and a problem detail saying what is wrong. */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String detail) {
        SecurityHeaders.apply(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Dossier\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json;charset=UTF-8");
        try {
            response.getWriter()
                    .write(JsonFactories.BUILDERS
                            .createObjectBuilder()
                            .add("type", "about:blank")
                            .add("status", 401)
                            .add("title", "Unauthorized")
                            .add("detail", detail)
                            .build()
                            .toString());
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean hasSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.getSession(false) != null;
    }

    private static boolean needsLogin(String path) {
        return !path.equals(LOGIN_PAGE) && !path.startsWith(LOGIN_PAGE + ".") && !path.startsWith(LOGIN_PAGE + "?");
    }

    /** Where to return after logging in: only a path of this admin, never another site. */
    private static String next(HttpServletRequest request, String path) {
        String target = request.getMethod().equals("GET")
                ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : "/admin/";
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
