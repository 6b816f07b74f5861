package io.dossier.core.transfer;

import io.dossier.core.media.MediaFolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The whole site in one file to move house with: a ZIP holding the Dossier export ({@code site.json})
 * and every file of the media folder under {@code media/}, so an empty site that imports it shows
 * the same images and documents. Importing checks the document first, then copies the files (one
 * already there with the same size is kept), then applies the document: a damaged archive changes
 * nothing, and a second run copies and adds nothing.
 */
@ApplicationScoped
public class SiteArchive {

    static final String DOCUMENT = "site.json";
    static final String MEDIA = "media/";
    static final String FILES = "media files";

    private JsonExporter exporter;
    private JsonImporter importer;
    private MediaFolder folder;

    protected SiteArchive() {}

    @Inject
    public SiteArchive(JsonExporter exporter, JsonImporter importer, MediaFolder folder) {
        this.exporter = exporter;
        this.importer = importer;
        this.folder = folder;
    }

    public void export(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(DOCUMENT));
        exporter.export(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length); // FilterOutputStream would write them one by one
            }

            @Override
            public void close() throws IOException {
                flush(); // the generator closes its stream; the archive goes on
            }
        });
        zip.closeEntry();
        for (Path file : mediaFiles()) {
            zip.putNextEntry(new ZipEntry(
                    MEDIA + folder.root().relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private List<Path> mediaFiles() throws IOException {
        if (!Files.isDirectory(folder.root())) {
            return Collections.emptyList();
        }
        try (Stream<Path> files = Files.walk(folder.root())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public ImportReport importArchive(Path file, Consumer<WxrImporter.Progress> progress, ImportReport report) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry document = zip.getEntry(DOCUMENT);
            if (document == null) {
                throw new ImportFormatException(
                        "This ZIP file is not a Dossier site archive: it holds no " + DOCUMENT, 0, null);
            }
            return importer.importDocument(
                    () -> zip.getInputStream(document), () -> copyFiles(zip, report), progress, report);
        } catch (ZipException e) {
            throw new ImportFormatException("The ZIP file is damaged: " + e.getMessage(), 0, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the archive's media files into the media folder, each through a temporary file so none is ever half there. */
    private void copyFiles(ZipFile zip, ImportReport report) {
        zip.stream()
                .filter(e -> !e.isDirectory() && e.getName().startsWith(MEDIA))
                .forEach(entry -> {
                    String relative = entry.getName().substring(MEDIA.length());
                    Path target = JsonImportRun.storable(relative)
                            ? folder.resolve(relative).orElse(null)
                            : null;
                    if (target == null) {
                        report.skipped(FILES, "Files whose names would leave the media folder are left out");
                        return;
                    }
                    try {
                        if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                            report.existing(FILES);
                            return;
                        }
                        Files.createDirectories(target.getParent());
                        Path partial = Files.createTempFile(target.getParent(), ".import-", ".part");
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                            Files.move(
                                    partial,
                                    target,
                                    StandardCopyOption.REPLACE_EXISTING,
                                    StandardCopyOption.ATOMIC_MOVE);
                        } finally {
                            Files.deleteIfExists(partial);
                        }
                        report.created(FILES);
                    } catch (ZipException e) {
                        throw new ImportFormatException(
                                "The ZIP file is damaged at " + entry.getName() + ": " + e.getMessage(), 0, e);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot copy " + entry.getName() + " into the media folder", e);
                    }
                });
    }
}
