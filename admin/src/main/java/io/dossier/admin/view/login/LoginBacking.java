package io.dossier.admin.view.login;

import io.dossier.admin.routing.SameOrigin;
import io.dossier.core.security.KnownDevices;
import io.dossier.core.security.LoginThrottle;
import io.dossier.core.security.TrustedProxies;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.url.SiteAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The login form. The view is transient, so showing it creates no session; a session starts
 * only once the password is right, under a new id (no session fixation), and the browser becomes
 * known to the account (core.security.KnownDevices), so strangers cannot lock it out.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    FacesContext faces;

    @Inject
    TrustedProxies proxies;

    @Inject
    KnownDevices devices;

    @Inject
    CanonicalAddress address;

    private String login;
    private String password;
    private String next;

    public void logIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!SameOrigin.of(request)) { // login CSRF: another site logging the browser in as its own account
            password = null;
            faces.addMessage(
                    null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Log in from this site's own login page.", null));
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                login == null ? "" : login.strip(), new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                response.addCookie(devices.cookieFor(
                        login.strip(),
                        request.getContextPath(),
                        address.current().filter(SiteAddress::secure).isPresent() || request.isSecure()));
                // A path, not the container's absolute address (behind a TLS proxy it would say http).
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", external.getRequestContextPath() + safeNext());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failure(request), null));
        }
    }

    private String failure(HttpServletRequest request) {
        Optional<Duration> wait =
                throttle.lockedFor(login, proxies.client(request).address(), devices.recognises(request, login));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return "Too many failed attempts. Try again in "
                    + (seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes") + ".";
        }
        return "Wrong login or password.";
    }

    /** Back to the admin page that sent the user here; never to another site. */
    private String safeNext() {
        return next != null
                        && next.startsWith("/admin/")
                        && !next.startsWith("/admin/login")
                        && !next.contains("\\")
                        && !next.contains("//")
                ? next
                : "/admin/";
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
