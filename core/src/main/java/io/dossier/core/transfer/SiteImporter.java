package io.dossier.core.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One way in for every kind of file, told apart by its first character: a WordPress export
 * (WXR, XML: {@code <}), a Dossier export (JSON: <code>{</code>) or a Dossier site archive (ZIP: {@code P}).
 */
@ApplicationScoped
public class SiteImporter {

    private WxrImporter wxr;
    private JsonImporter json;
    private SiteArchive archive;

    protected SiteImporter() {}

    @Inject
    public SiteImporter(WxrImporter wxr, JsonImporter json, SiteArchive archive) {
        this.wxr = wxr;
        this.json = json;
        this.archive = archive;
    }

    public ImportReport importFile(Path file, Consumer<WxrImporter.Progress> progress, ImportReport report) {
        return switch (firstCharacter(file)) {
            case '{' -> json.importFile(file, progress, report);
            case '<' -> wxr.importFile(file, progress, report);
            case 'P' -> archive.importArchive(file, progress, report);
            default ->
                throw new ImportFormatException(
                        "This is neither a WordPress export (WXR) nor a Dossier export (JSON) or site archive (ZIP)",
                        1,
                        null);
        };
    }

    private static int firstCharacter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int c = in.read();
            if (c == 0xEF) { // a UTF-8 byte order mark
                in.skip(2);
                c = in.read();
            }
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                c = in.read();
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
