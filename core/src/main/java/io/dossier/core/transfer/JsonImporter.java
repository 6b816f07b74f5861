package io.dossier.core.transfer;

import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.service.SettingsService;
import io.dossier.core.support.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Imports a Dossier export ({@link JsonExporter}) the way {@link WxrImporter} imports WordPress's:
 * a first streaming pass (JSON-P's parser) checks the whole file, every item's required fields
 * included, and writes nothing; the second
 * applies its items in batches, each in a transaction of its own, so a run that dies is completed
 * by the next one. Memory holds one batch and the slug-to-id maps, never the file.
 */
@ApplicationScoped
public class JsonImporter {

    private EntityManager em;
    private ImportWriters writers;
    private SettingsService settings;
    private PluginSettingsStore plugins;
    private Transactions transactions;

    protected JsonImporter() {}

    @Inject
    public JsonImporter(
            EntityManager em,
            ImportWriters writers,
            SettingsService settings,
            PluginSettingsStore plugins,
            Transactions transactions) {
        this.em = em;
        this.writers = writers;
        this.settings = settings;
        this.plugins = plugins;
        this.transactions = transactions;
    }

    private record Item(String section, JsonObject value) {}

    /** Where the document is read from, opened afresh for each pass: a file, or an entry of a site archive. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    public ImportReport importFile(Path file, Consumer<WxrImporter.Progress> progress, ImportReport report) {
        return importDocument(() -> Files.newInputStream(file), () -> {}, progress, report);
    }

    /** Checks the whole document, runs {@code checked} (a site archive copies its files then), and applies it. */
    ImportReport importDocument(
            Source document, Runnable checked, Consumer<WxrImporter.Progress> progress, ImportReport report) {
        long started = System.nanoTime();
        long[] total = {0};
        read(
                document,
                (section, item) -> {
                    JsonImportRun.check(section, item);
                    total[0]++;
                },
                section -> {});
        checked.run();
        progress.accept(new WxrImporter.Progress(0, total[0]));
        JsonImportRun run = new JsonImportRun(em, writers, settings, plugins, report);
        List<Item> batch = new ArrayList<>();
        long[] done = {0};
        read(
                document,
                (section, item) -> {
                    batch.add(new Item(section, item));
                    if (batch.size() == WxrImporter.BATCH) {
                        done[0] += apply(run, batch, null);
                        progress.accept(new WxrImporter.Progress(done[0], total[0]));
                    }
                },
                section -> done[0] += apply(run, batch, section));
        done[0] += apply(run, batch, null);
        progress.accept(new WxrImporter.Progress(done[0], total[0]));
        report.elapsed(Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    /** Applies the batch in one transaction, then the end of {@code section} (if one ended). */
    private int apply(JsonImportRun run, List<Item> batch, String endedSection) {
        int size = batch.size();
        if (size > 0 || endedSection != null) {
            transactions.inNewTransaction(() -> {
                batch.forEach(item -> run.apply(item.section(), item.value()));
                if (endedSection != null) {
                    run.sectionDone(endedSection);
                }
                return null;
            });
        }
        batch.clear();
        return size;
    }

    /** Streams the document: each item of each section to {@code item}, each section's end to {@code sectionEnd}. */
    private static void read(Source document, BiConsumer<String, JsonObject> item, Consumer<String> sectionEnd) {
        try (InputStream in = new BufferedInputStream(document.open(), 1 << 16);
                JsonParser parser = Json.createParser(in)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new ImportFormatException(
                        "This is not a Dossier export: it does not start with a JSON object", 1, null);
            }
            boolean identified = false;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                switch (key) {
                    case "format" -> {
                        if (value != JsonParser.Event.VALUE_STRING
                                || !parser.getString().equals(JsonExporter.FORMAT)) {
                            throw new ImportFormatException(
                                    "This is not a Dossier export (its format is not \"" + JsonExporter.FORMAT + "\")",
                                    line(parser),
                                    null);
                        }
                        identified = true;
                    }
                    case "version" -> {
                        if (value != JsonParser.Event.VALUE_NUMBER || parser.getInt() > JsonExporter.VERSION) {
                            throw new ImportFormatException(
                                    "This export is of a newer Dossier (format version " + parser.getValue()
                                            + "); update this site first",
                                    line(parser),
                                    null);
                        }
                    }
                    default -> {
                        if (!identified) {
                            throw new ImportFormatException(
                                    "This is not a Dossier export: \"format\" must come first", line(parser), null);
                        }
                        if (value == JsonParser.Event.START_OBJECT) {
                            item.accept(key, parser.getObject());
                        } else if (value == JsonParser.Event.START_ARRAY) {
                            for (JsonParser.Event e = parser.next();
                                    e != JsonParser.Event.END_ARRAY;
                                    e = parser.next()) {
                                if (e != JsonParser.Event.START_OBJECT) {
                                    throw new ImportFormatException(
                                            "Every item of \"" + key + "\" must be an object", line(parser), null);
                                }
                                item.accept(key, parser.getObject());
                            }
                            sectionEnd.accept(key);
                        }
                    }
                }
            }
            if (!identified) {
                throw new ImportFormatException("This is not a Dossier export: it has no \"format\"", 0, null);
            }
        } catch (JsonParsingException e) {
            throw new ImportFormatException(
                    "The file is not well-formed JSON: " + e.getMessage(),
                    (int) e.getLocation().getLineNumber(),
                    e);
        } catch (JsonException e) {
            throw new ImportFormatException("The file is not a readable Dossier export: " + e.getMessage(), 0, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(JsonParser parser) {
        return (int) parser.getLocation().getLineNumber();
    }
}
