package io.dossier.admin.transfer;

import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.query.SiteQueries;
import io.dossier.core.text.Slugs;
import io.dossier.core.transfer.WxrExporter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Tools › Export's download: {@code /admin/export/wxr} streams the whole site as a WordPress export
 * (WXR), named as WordPress names its own ({@code site.wordpress.2026-11-29.xml}). Administrators only.
 */
@WebServlet(name = "ExportDownloads", urlPatterns = "/admin/export/*")
public class ExportDownloads extends HttpServlet {

    @Inject
    CurrentUser user;
    @Inject
    WxrExporter wxr;
    @Inject
    SiteQueries site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.actor().map(a -> a.can(Capability.IMPORT)).orElse(false)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!"/wxr".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = Slugs.slugify(site.site().title());
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (name.isEmpty() ? "dossier" : name)
                + ".wordpress." + LocalDate.now(site.site().zone()) + ".xml\"");
        wxr.export(response.getOutputStream(), siteUrl(request));
    }

    /** The address links in the export start with: the configured one, else the one this request came to. */
    private String siteUrl(HttpServletRequest request) {
        String configured = site.site().baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.replaceFirst("/+$", "");
        }
        return request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath();
    }
}
