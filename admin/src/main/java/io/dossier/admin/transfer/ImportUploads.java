package io.dossier.admin.transfer;

import io.dossier.admin.routing.SameOrigin;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Receives the WordPress export from Tools › Import. A servlet of its own, not a JSF form: exports
 * of large sites run to hundreds of megabytes, beyond the media upload limit, and are streamed to a
 * temporary file rather than held in memory. Only for accounts that may import, and only from a
 * page of this site (the browser's Origin must be ours), then on to the job's progress page.
 */
@WebServlet(name = "ImportUploads", urlPatterns = "/admin/import/upload")
@MultipartConfig(
        maxFileSize = ImportUploads.MAX_BYTES,
        maxRequestSize = ImportUploads.MAX_BYTES + 65536,
        fileSizeThreshold = 1 << 20)
public class ImportUploads extends HttpServlet {

    static final long MAX_BYTES = 1L << 30;

    @Inject
    CurrentUser user;

    @Inject
    ImportJobs jobs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!user.actor().map(a -> a.can(Capability.IMPORT)).orElse(false)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException | ServletException | IOException tooLargeOrBroken) {
            back(request, response, "refused=too-large");
            return;
        }
        if (part == null || part.getSize() == 0) {
            back(request, response, "refused=empty");
            return;
        }
        Path file = Files.createTempFile("dossier-import-", ".upload");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            part.delete();
        }
        try {
            back(request, response, "job=" + jobs.start(file, part.getSubmittedFileName()));
        } catch (ImportJobs.BusyException busy) {
            Files.deleteIfExists(file);
            back(request, response, "refused=busy");
        }
    }

    private static void back(HttpServletRequest request, HttpServletResponse response, String query)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/admin/import?" + query);
    }
}
