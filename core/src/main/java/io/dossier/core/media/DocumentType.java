package io.dossier.core.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Files other than images that posts link to and the site serves from the media folder: documents,
 * audio and video, as a migrated WordPress site has them under {@code wp-content/uploads}. Only
 * types a browser never runs as a page: no HTML, SVG, XML or script.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    MP3("audio/mpeg", "mp3"),
    M4A("audio/mp4", "m4a"),
    OGG("audio/ogg", "ogg"),
    WAV("audio/wav", "wav"),
    MP4("video/mp4", "mp4"),
    WEBM("video/webm", "webm"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    EPUB("application/epub+zip", "epub"),
    ZIP("application/zip", "zip"),
    CSV("text/csv; charset=UTF-8", "csv"),
    TXT("text/plain; charset=UTF-8", "txt");

    private final String mimeType;
    private final String extension;

    DocumentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type a file name's extension (without the dot, any case) stands for, if it is one of these. */
    public static Optional<DocumentType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(wanted)).findFirst();
    }
}
