package io.dossier.core.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

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

    public String extension() {
        return extension;
    }

    /**
     * The type of an upload named with {@code extension} whose bytes begin as that type's files do
     * (a PDF with {@code %PDF-}, office files with their ZIP or OLE header, text without NUL bytes):
     * a name alone is not believed.
     */
    public static Optional<DocumentType> sniff(String extension, byte[] content) {
        return ofExtension(extension).filter(type -> type.matches(content));
    }

    private boolean matches(byte[] c) {
        return switch (this) {
            case PDF -> starts(c, 0, "%PDF-");
            case MP3 -> starts(c, 0, "ID3") || (c.length > 1 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xE0) == 0xE0);
            case M4A, MP4 -> starts(c, 4, "ftyp");
            case OGG -> starts(c, 0, "OggS");
            case WAV -> starts(c, 0, "RIFF") && starts(c, 8, "WAVE");
            case WEBM ->
                c.length >= 4
                        && (c[0] & 0xFF) == 0x1A
                        && (c[1] & 0xFF) == 0x45
                        && (c[2] & 0xFF) == 0xDF
                        && (c[3] & 0xFF) == 0xA3;
            case DOC, XLS, PPT ->
                c.length >= 8
                        && (c[0] & 0xFF) == 0xD0
                        && (c[1] & 0xFF) == 0xCF
                        && (c[2] & 0xFF) == 0x11
                        && (c[3] & 0xFF) == 0xE0;
            case DOCX, XLSX, PPTX, ODT, ODS, EPUB, ZIP -> starts(c, 0, "PK\u0003\u0004");
            case CSV, TXT -> c.length > 0 && IntStream.range(0, c.length).noneMatch(i -> c[i] == 0);
        };
    }

    private static boolean starts(byte[] content, int at, String ascii) {
        if (content.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (content[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The type a file name's extension (without the dot, any case) stands for, if it is one of these. */
    public static Optional<DocumentType> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extension.equals(wanted)).findFirst();
    }
}
