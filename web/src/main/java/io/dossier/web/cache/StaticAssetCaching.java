package io.dossier.web.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers keep a theme file for a year when it is asked for by its current fingerprint
 * ({@link StaticAssets#url}); any other address of it (no or an old fingerprint) may be kept only
 * briefly, so a stale copy never outlives a release by more than ten minutes.
 */
@WebFilter(filterName = "StaticAssetCaching", urlPatterns = "/static/*")
public class StaticAssetCaching extends HttpFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String BRIEFLY = "public, max-age=600";

    @Inject
    StaticAssets assets;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name =
                request.getRequestURI().substring(request.getContextPath().length() + StaticAssets.FOLDER.length());
        String version = request.getParameter("v");
        boolean current = version != null
                && assets.fingerprint(name).filter(version::equals).isPresent();
        response.setHeader("Cache-Control", current ? FOREVER : BRIEFLY);
        chain.doFilter(request, response);
    }
}
