package io.dossier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Checks the jars of the plugins folder; a bad jar is reported and skipped, never fatal. */
public final class PluginJars {

    public static final String DESCRIPTOR = "META-INF/dossier-plugin.properties";

    /** The verdict on one file. */
    public record Verdict(Path jar, String id, String version, boolean loaded, String reason) {
    }

    private PluginJars() {
    }

    public static List<Verdict> check(Path folder) throws IOException {
        List<Verdict> verdicts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return verdicts;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        Map<String, Path> ids = new HashMap<>();
        for (Path jar : jars) {
            Verdict verdict = inspect(jar);
            if (verdict.loaded() && ids.putIfAbsent(verdict.id(), jar) != null) {
                verdict = new Verdict(jar, verdict.id(), verdict.version(), false,
                        "duplicate id (also in " + ids.get(verdict.id()).getFileName() + ")");
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }

    private static Verdict inspect(Path jar) {
        if (!Files.isReadable(jar)) {
            return new Verdict(jar, null, null, false, "unreadable file");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(DESCRIPTOR);
            if (entry == null) {
                return new Verdict(jar, null, null, false, "not a Dossier plugin (no " + DESCRIPTOR + ")");
            }
            Properties descriptor = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                descriptor.load(in);
            }
            String id = descriptor.getProperty("id", "").strip();
            if (id.isEmpty()) {
                return new Verdict(jar, null, null, false, "descriptor has no id");
            }
            return new Verdict(jar, id, descriptor.getProperty("version", "?").strip(), true, "ok");
        } catch (IOException | IllegalArgumentException e) {
            return new Verdict(jar, null, null, false, "not a readable jar (" + e.getMessage() + ")");
        }
    }

    /** The table printed at start. */
    public static String table(List<Verdict> verdicts) {
        StringBuilder out = new StringBuilder("Plugins:\n");
        if (verdicts.isEmpty()) {
            return out.append("  (none)\n").toString();
        }
        out.append(String.format("  %-8s %-32s %-24s %-10s %s%n", "STATUS", "FILE", "ID", "VERSION", "REASON"));
        for (Verdict v : verdicts) {
            out.append(String.format("  %-8s %-32s %-24s %-10s %s%n", v.loaded() ? "loaded" : "skipped",
                    v.jar().getFileName(), v.id() == null ? "-" : v.id(), v.version() == null ? "-" : v.version(),
                    v.reason()));
        }
        return out.toString();
    }
}
