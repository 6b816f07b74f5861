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
 * One way in for both kinds of file, told apart by their first character: a WordPress export
 * (WXR, XML: {@code <}) or a Dossier export (JSON: <code>{</code>).
 */
@ApplicationScoped
public class SiteImporter {

    private WxrImporter wxr;
    private JsonImporter json;

    protected SiteImporter() {
    }

    @Inject
    public SiteImporter(WxrImporter wxr, JsonImporter json) {
        this.wxr = wxr;
        this.json = json;
    }

    public ImportReport importFile(Path file, Consumer<WxrImporter.Progress> progress, ImportReport report) {
        return switch (firstCharacter(file)) {
            case '{' -> json.importFile(file, progress, report);
            case '<' -> wxr.importFile(file, progress, report);
            default -> throw new ImportFormatException(
                    "This is neither a WordPress export (WXR) nor a Dossier export (JSON)", 1, null);
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
