package io.dossier.admin.view.media;

import io.dossier.admin.view.Feedback;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;

/**
 * Media: upload an image with its alt text and caption (checked by content and size, with a clear
 * message when refused), and the library, newest first, with thumbnails and descriptions.
 */
@Named("media")
@RequestScoped
public class MediaBacking {

    private static final int SHOWN = 60;

    @Inject
    MediaLibrary library;
    @Inject
    CurrentUser user;
    @Inject
    Feedback feedback;

    private Part file;
    private String altText;
    private String caption;
    private List<MediaLibrary.Item> items;

    public boolean isAllowed() {
        return user.require().can(Capability.UPLOAD_FILES);
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            feedback.fieldError("upload:file", "Choose an image to upload");
            return;
        }
        try (var content = file.getInputStream()) {
            if (feedback.submit("upload", () -> library.upload(user.require(), file.getSubmittedFileName(), content,
                    altText, caption))) {
                feedback.info(file.getSubmittedFileName() + " uploaded.");
                altText = caption = null;
                items = null; // read again: the list was loaded while the form was decoded
            }
        } finally {
            file.delete();
        }
    }

    public List<MediaLibrary.Item> getItems() {
        if (items == null) {
            items = library.items(0, SHOWN);
        }
        return items;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
}
