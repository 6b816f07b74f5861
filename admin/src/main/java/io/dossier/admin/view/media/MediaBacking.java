package io.dossier.admin.view.media;

import io.dossier.admin.view.Feedback;
import io.dossier.core.media.MediaLibrary;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.support.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Media: upload an image (with its alt text) or a document, and a caption (checked by content and size, with a clear
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
    /** ?refused=too-large: OversizedUploads sent the user back. */
    private String refused;

    private String altText;
    private String caption;
    /** ?q=: what the library is searched for; ?page=: which page of it (from 1). */
    private String search;

    private int page = 1;
    private Slice<MediaLibrary.Item> items;
    /** Alt texts and captions typed in the library, by media id. */
    private final Map<Long, String> alts = new HashMap<>();

    private final Map<Long, String> captions = new HashMap<>();

    public boolean isAllowed() {
        return user.require().can(Capability.UPLOAD_FILES);
    }

    /** f:viewAction: says why the last upload was refused before the form saw it. */
    public void explainRefusal() {
        if ("too-large".equals(refused)) {
            feedback.fieldError(
                    "upload:file",
                    "The file is larger than " + MediaLibrary.MAX_BYTES / (1024 * 1024)
                            + " MB, or the upload broke off; nothing was stored. Choose a smaller file.");
        }
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            feedback.fieldError("upload:file", "Choose a file to upload");
            return;
        }
        try (var content = file.getInputStream()) {
            if (feedback.submit(
                    "upload",
                    () -> library.upload(user.require(), file.getSubmittedFileName(), content, altText, caption))) {
                feedback.info(file.getSubmittedFileName() + " uploaded.");
                altText = caption = null;
                items = null; // read again: the list was loaded while the form was decoded
            }
        } finally {
            file.delete();
        }
    }

    /** Saves the alt text and caption typed for one item of the library. */
    public void describe(long id) {
        if (feedback.submit("library", () -> library.describe(user.require(), id, alts.get(id), captions.get(id)))) {
            feedback.info("Description saved.");
            items = null;
        }
    }

    public List<MediaLibrary.Item> getItems() {
        return getLibraryPage().items();
    }

    /** The page of the library shown, with what its pager needs. */
    public Slice<MediaLibrary.Item> getLibraryPage() {
        if (items == null) {
            items = library.items(search, page, SHOWN);
            items.items().forEach(m -> {
                alts.putIfAbsent(m.id(), m.altText());
                captions.putIfAbsent(m.id(), m.caption());
            });
        }
        return items;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getPage() {
        return String.valueOf(page);
    }

    /** A page number from the address: anything but a positive number shows the first page. */
    public void setPage(String value) {
        try {
            page = Math.max(1, Integer.parseInt(value == null ? "1" : value.strip()));
        } catch (NumberFormatException notANumber) {
            page = 1;
        }
    }

    public Map<Long, String> getAlts() {
        return alts;
    }

    public Map<Long, String> getCaptions() {
        return captions;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }
}
