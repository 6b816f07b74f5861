package io.dossier.web.lifecycle;

import io.dossier.core.query.SiteQueries;
import io.dossier.core.service.CanonicalAddress;
import io.dossier.core.transfer.ImportReport;
import io.dossier.core.transfer.JsonExporter;
import io.dossier.core.transfer.SiteArchive;
import io.dossier.core.transfer.WxrExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code bin/dossier export [--format wxr|json|archive] FILE}: writes the site as a WordPress export
 * (with json, as a Dossier export of everything; with archive, as a ZIP of that export and the media
 * files) once the database is
 * migrated, to a temporary file first so an interrupted export never leaves half a file under the
 * name given, then reports what it wrote and leaves the exit status for the launcher. Links start
 * with the site's stored address, or http://127.0.0.1:8080 when none is stored (the back office's
 * download uses the address it was reached at).
 */
@ApplicationScoped
public class ExportCommand {

    private static final Logger LOG = Logger.getLogger(ExportCommand.class.getName());

    @Inject
    @ConfigProperty(name = "DOSSIER_EXPORT")
    Optional<String> file;

    @Inject
    @ConfigProperty(name = "DOSSIER_EXPORT_FORMAT", defaultValue = "wxr")
    String format;

    @Inject
    WxrExporter exporter;

    @Inject
    JsonExporter json;

    @Inject
    SiteArchive archive;

    @Inject
    SiteQueries site;

    @Inject
    CanonicalAddress address;

    public void runIfAsked() {
        file.ifPresent(
                name -> System.setProperty(ImportCommand.STATUS, String.valueOf(run(Path.of(name), System.out))));
    }

    int run(Path target, PrintStream out) {
        String base = address.origin();
        try {
            Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".dossier-export-", ".part");
            ImportReport written = null;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                if (format.equals("json")) {
                    json.export(stream);
                } else if (format.equals("archive")) {
                    archive.export(stream);
                } else {
                    written = exporter.export(stream, base);
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (written != null) {
                written.tallies().forEach(t -> out.printf("export: %-12s %6d%n", t.kind(), t.created()));
            }
            out.println("export: wrote " + target + " (links start with " + base + ")");
            return 0;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The export stopped", e);
            out.println("export: stopped by an error (see above); " + target + " was not written");
            return 1;
        }
    }
}
