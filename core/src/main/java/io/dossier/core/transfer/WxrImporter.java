package io.dossier.core.transfer;

import io.dossier.core.media.MediaFolder;
import io.dossier.core.support.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a WordPress export in two streaming passes: the first reads the whole file and writes
 * nothing, so a malformed file is refused (with its line) before the database is touched; the
 * second applies the records in batches, each in its own transaction. Memory holds one batch, the
 * id maps and the menu items, never the file.
 */
@ApplicationScoped
public class WxrImporter {

    /** Records per transaction: large enough to be fast, small enough that a kill loses little. */
    static final int BATCH = 50;

    private EntityManager em;
    private ImportWriters writers;
    private MediaFolder folder;
    private Transactions transactions;

    protected WxrImporter() {}

    @Inject
    public WxrImporter(EntityManager em, ImportWriters writers, MediaFolder folder, Transactions transactions) {
        this.em = em;
        this.writers = writers;
        this.folder = folder;
        this.transactions = transactions;
    }

    /** How far an import is: records applied of those in the file. */
    public record Progress(long done, long total) {}

    /**
     * Imports {@code file} and returns what it did; {@code progress} hears after each batch. Throws
     * {@link ImportFormatException} for a file that is not a readable WordPress export, having written nothing.
     */
    public ImportReport importFile(Path file, Consumer<Progress> progress) {
        return importFile(file, progress, new ImportReport());
    }

    /** As {@link #importFile(Path, Consumer)}, filling {@code report} as it goes (for a screen that watches). */
    public ImportReport importFile(Path file, Consumer<Progress> progress, ImportReport report) {
        long started = System.nanoTime();
        long total = count(file);
        progress.accept(new Progress(0, total));
        ImportRun run = new ImportRun(em, writers, folder, report);
        long done = 0;
        try (InputStream in = open(file);
                WxrReader reader = new WxrReader(in)) {
            List<WxrRecord> batch = new ArrayList<>(BATCH);
            for (WxrRecord record = reader.next(); record != null; record = reader.next()) {
                batch.add(record);
                if (batch.size() == BATCH) {
                    done += apply(run, batch);
                    progress.accept(new Progress(done, total));
                }
            }
            done += apply(run, batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.inNewTransaction(() -> {
            run.finish();
            return null;
        });
        progress.accept(new Progress(done, total));
        report.elapsed(Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private int apply(ImportRun run, List<WxrRecord> batch) {
        int size = batch.size();
        transactions.inNewTransaction(() -> {
            batch.forEach(run::apply);
            return null;
        });
        batch.clear();
        return size;
    }

    /** The first pass: every record read, checked (ImportRun.check) and counted, nothing written. */
    private static long count(Path file) {
        long records = 0;
        try (InputStream in = open(file);
                WxrReader reader = new WxrReader(in)) {
            for (WxrRecord record = reader.next(); record != null; record = reader.next()) {
                ImportRun.check(record);
                records++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }
}
