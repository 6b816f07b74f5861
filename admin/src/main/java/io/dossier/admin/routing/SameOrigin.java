package io.dossier.admin.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a form was posted from this site: its {@code Origin} (or, without one, {@code Referer})
 * names the host the request came to, which the host check has already held to the site's own.
 * The guard against cross-site posts for forms that act before JSF's view state is checked: the
 * login (login CSRF) and the import upload.
 */
public final class SameOrigin {

    private SameOrigin() {}

    public static boolean of(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.equals("null")) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return false;
        }
        try {
            URI uri = URI.create(source);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
