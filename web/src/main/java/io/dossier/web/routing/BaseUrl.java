package io.dossier.web.routing;

import io.dossier.core.query.SiteInfo;
import jakarta.servlet.http.HttpServletRequest;

/** The site's absolute address, for feeds, sitemaps and robots.txt. */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** The configured base URL, else the scheme, host and port this request came in on. */
    public static String of(HttpServletRequest request, SiteInfo info) {
        if (info.baseUrl() != null && !info.baseUrl().isBlank()) {
            return info.baseUrl().replaceAll("/+$", "");
        }
        boolean defaultPort = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
