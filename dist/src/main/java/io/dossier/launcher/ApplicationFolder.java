package io.dossier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The exploded application Payara Micro deploys: the WAR unpacked afresh on every start, then the
 * accepted plugin jars added to {@code WEB-INF/lib}, where CDI discovers their beans.
 */
public final class ApplicationFolder {

    private ApplicationFolder() {}

    public static void unpack(Path war, Path target) throws IOException {
        deleteRecursively(target);
        Files.createDirectories(target);
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Refusing entry outside the application folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Jars of the unpacked application that carry a plugin descriptor: the bundled plugins. */
    public static List<Path> bundledPlugins(Path application) throws IOException {
        List<Path> plugins = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(application.resolve("WEB-INF/lib"), "*.jar")) {
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry(PluginJars.DESCRIPTOR) != null) {
                        plugins.add(jar);
                    }
                }
            }
        }
        return plugins;
    }

    public static void addPlugins(Path application, Iterable<Path> pluginJars) throws IOException {
        Path lib = Files.createDirectories(application.resolve("WEB-INF").resolve("lib"));
        for (Path jar : pluginJars) {
            Files.copy(jar, lib.resolve("plugin-" + jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
