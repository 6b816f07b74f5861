package io.dossier.web.media;

import io.dossier.core.media.MediaFolder;
import io.dossier.core.media.MediaTypes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the media folder: uploaded images, and the documents, audio and video a migrated site's
 * posts link to. Stored names are unique and never change, so they are cached for a year; only
 * known types are served, with the type their extension says (uploads are checked by content;
 * documents are what the site owner copied in), so nothing there can be served as HTML or script.
 */
@WebServlet(name = "MediaFiles", urlPatterns = "/media/*")
public class MediaFiles extends HttpServlet {

    @Inject
    MediaFolder folder;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String relative =
                request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        int dot = relative.lastIndexOf('.');
        Optional<String> type = dot < 0 ? Optional.empty() : MediaTypes.ofExtension(relative.substring(dot + 1));
        Optional<Path> file = type.isEmpty() ? Optional.empty() : folder.resolve(relative);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type.get());
        response.setContentLengthLong(Files.size(file.get()));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (!request.getMethod().equals("HEAD")) {
            Files.copy(file.get(), response.getOutputStream());
        }
    }
}
