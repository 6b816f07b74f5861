package io.dossier.admin.transfer;

import io.dossier.core.transfer.ImportFormatException;
import io.dossier.core.transfer.ImportReport;
import io.dossier.core.transfer.SiteImporter;
import io.dossier.core.transfer.WxrImporter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports started from the back office, run one at a time on the server's managed executor (two
 * imports of one file at once would race to create the same posts). A job is kept in memory for
 * its report; the uploaded file is deleted when the import ends.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    @Inject
    SiteImporter importer;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** What the import screen shows of a job. */
    public record Status(
            String fileName,
            boolean running,
            long done,
            long total,
            List<ImportReport.Tally> tallies,
            List<String> notes,
            int comments,
            double seconds,
            String error) {

        public int percent() {
            return total == 0 ? (running ? 0 : 100) : (int) (done * 100 / total);
        }
    }

    private static final class Job {
        final String fileName;
        final ImportReport report = new ImportReport();
        volatile WxrImporter.Progress progress = new WxrImporter.Progress(0, 0);
        volatile boolean running = true;
        volatile String error;

        Job(String fileName) {
            this.fileName = fileName;
        }

        Status status() {
            return new Status(
                    fileName,
                    running,
                    progress.done(),
                    progress.total(),
                    report.tallies(),
                    report.notes(),
                    report.comments(),
                    report.elapsed().toMillis() / 1000.0,
                    error);
        }
    }

    /** Thrown when an import is already running. */
    public static class BusyException extends RuntimeException {
        BusyException() {
            super("An import is running; wait for its report before starting another");
        }
    }

    /** Starts importing {@code file} (which the job deletes when done) and returns the job's id. */
    public synchronized String start(Path file, String fileName) {
        if (jobs.values().stream().anyMatch(j -> j.running)) {
            throw new BusyException();
        }
        String id = UUID.randomUUID().toString();
        Job job = new Job(fileName);
        jobs.put(id, job);
        executor.submit(() -> run(job, file));
        return id;
    }

    public Optional<Status> status(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).map(Job::status);
    }

    private void run(Job job, Path file) {
        try {
            importer.importFile(file, progress -> job.progress = progress, job.report);
        } catch (ImportFormatException e) {
            job.error = e.getMessage() + "; nothing was imported.";
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The import of " + job.fileName + " stopped", e);
            job.error = "The import stopped by an error (the server log has it). What was imported is kept; importing"
                    + " the same file again completes it without duplicates.";
        } finally {
            job.running = false;
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete the uploaded export " + file, e);
            }
        }
    }
}
