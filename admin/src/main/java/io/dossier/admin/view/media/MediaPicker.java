package io.dossier.admin.view.media;

import io.dossier.core.media.MediaLibrary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The media library as a picker inside another screen (post editor, profile editor): shown on
 * demand with the newest images; the screen decides what choosing one does.
 */
@Dependent
public class MediaPicker implements Serializable {

    /** Library images the picker shows, newest first. */
    private static final int SIZE = 48;

    @Inject
    MediaLibrary library;

    /** Null while the picker is hidden. */
    private List<MediaLibrary.Item> items;

    public void show() {
        items = library.images(0, SIZE);
    }

    public void hide() {
        items = null;
    }

    public boolean isShown() {
        return items != null;
    }

    public List<MediaLibrary.Item> getItems() {
        return items;
    }
}
