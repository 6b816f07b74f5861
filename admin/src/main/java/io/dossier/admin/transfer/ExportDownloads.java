package io.dossier.admin.transfer;

import io.dossier.core.query.SiteQueries;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.text.Slugs;
import io.dossier.core.transfer.JsonExporter;
import io.dossier.core.transfer.SiteArchive;
import io.dossier.core.transfer.WxrExporter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Tools › Export's downloads: {@code /admin/export/wxr} streams the site as a WordPress export
 * (WXR), named as WordPress names its own ({@code site.wordpress.2026-11-29.xml}), and
 * {@code /admin/export/json} everything as a Dossier export, {@code /admin/export/archive} that
 * export with the media files in a ZIP. Administrators only.
 */
@WebServlet(name = "ExportDownloads", urlPatterns = "/admin/export/*")
public class ExportDownloads extends HttpServlet {

    @Inject
    CurrentUser user;

    @Inject
    WxrExporter wxr;

    @Inject
    JsonExporter json;

    @Inject
    SiteArchive archive;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!user.actor().map(a -> a.can(Capability.IMPORT)).orElse(false)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!format.equals("/wxr") && !format.equals("/json") && !format.equals("/archive")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = Slugs.slugify(site.site().title());
        String stem = (name.isEmpty() ? "dossier" : name)
                + (format.equals("/wxr") ? ".wordpress." : ".dossier.")
                + LocalDate.now(site.site().zone());
        if (format.equals("/archive")) {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + stem + ".zip\"");
            archive.export(response.getOutputStream());
            return;
        }
        if (format.equals("/json")) {
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + stem + ".json\"");
            json.export(response.getOutputStream());
            return;
        }
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + stem + ".xml\"");
        wxr.export(response.getOutputStream(), address.origin());
    }
}
