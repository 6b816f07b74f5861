package io.dossier.web.lifecycle;

import io.dossier.core.transfer.ImportFormatException;
import io.dossier.core.transfer.ImportReport;
import io.dossier.core.transfer.SiteImporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code bin/dossier import FILE} (a WordPress or a Dossier export): the launcher starts the application with {@code DOSSIER_IMPORT}
 * set; once the database is migrated this imports the file, prints progress and the report, and
 * leaves the exit status in {@link #STATUS} for the launcher.
 */
@ApplicationScoped
public class ImportCommand {

    /** Where a one-off command leaves its exit status for the launcher (0 done, 1 failed). */
    static final String STATUS = "dossier.command.status";

    private static final Logger LOG = Logger.getLogger(ImportCommand.class.getName());

    @Inject
    @ConfigProperty(name = "DOSSIER_IMPORT")
    Optional<String> file;

    @Inject
    SiteImporter importer;

    /** Runs the import if this start was for one; the site itself starts as usual otherwise. */
    public void runIfAsked() {
        file.ifPresent(name -> System.setProperty(STATUS, String.valueOf(run(Path.of(name), System.out))));
    }

    int run(Path file, PrintStream out) {
        long[] shown = {-1};
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            ImportReport report = importer.importFile(
                    file,
                    progress -> {
                        long percent = progress.total() == 0 ? 100 : progress.done() * 100 / progress.total();
                        if (percent / 10 != shown[0] / 10) {
                            shown[0] = percent;
                            out.printf("import: %d%% (%d of %d records)%n", percent, progress.done(), progress.total());
                        }
                    },
                    new ImportReport());
            report.lines().forEach(line -> out.println("import: " + line));
            ImportReport.Tally posts = report.tallyOf("posts");
            double seconds = Math.max(report.elapsed().toMillis(), 1) / 1000.0;
            long peak = heap.stream()
                            .mapToLong(pool -> pool.getPeakUsage().getUsed())
                            .sum()
                    / (1024 * 1024);
            out.printf(
                    "import: %d posts in %.1f s (%.0f posts/s), peak heap %d MiB%n",
                    posts.created(), seconds, posts.created() / seconds, peak);
            return 0;
        } catch (ImportFormatException e) {
            out.println("import: " + e.getMessage() + "; nothing was imported");
            return 1;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The import stopped", e);
            out.println("import: stopped by an error (see above); what was imported is kept, and running the"
                    + " same command again completes it without duplicates");
            return 1;
        }
    }
}
