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
    public record Verdict(Path jar, String id, String version, boolean loaded, String reason) {}

    private PluginJars() {}

    /**
     * Checks every jar in {@code folder} against {@code rules}; ids already taken by the plugins
     * bundled in the application ({@code bundled}) count as duplicates.
     */
    static List<Verdict> check(Path folder, DescriptorRules rules, Iterable<Path> bundled) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (Path jar : bundled) {
            Verdict v = inspect(jar, rules);
            if (v.id() != null) {
                ids.put(v.id(), "bundled " + jar.getFileName());
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return verdicts;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.jar")) {
            stream.forEach(jars::add);
        }
        jars.sort(null);
        for (Path jar : jars) {
            Verdict verdict = inspect(jar, rules);
            if (verdict.loaded()) {
                String owner = ids.putIfAbsent(verdict.id(), jar.getFileName().toString());
                if (owner != null) {
                    verdict = new Verdict(
                            jar, verdict.id(), verdict.version(), false, "duplicate id (also in " + owner + ")");
                }
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }

    private static Verdict inspect(Path jar, DescriptorRules rules) {
        if (!Files.isReadable(jar)) {
            return new Verdict(jar, null, null, false, "unreadable file");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(DESCRIPTOR);
            if (entry == null) {
                return new Verdict(jar, null, null, false, "not a Dossier plugin (no " + DESCRIPTOR + ")");
            }
            Properties properties = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                properties.load(in);
            }
            DescriptorRules.Descriptor d = rules.read(properties);
            if (!d.compatible()) {
                return new Verdict(
                        jar,
                        d.id(),
                        d.version(),
                        false,
                        "incompatible: supports API " + d.apiRange() + ", this Dossier has " + rules.apiVersion);
            }
            return new Verdict(jar, d.id(), d.version(), true, "ok");
        } catch (IllegalArgumentException invalid) {
            return new Verdict(jar, null, null, false, "invalid descriptor: " + invalid.getMessage());
        } catch (IOException e) {
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
            out.append(String.format(
                    "  %-8s %-32s %-24s %-10s %s%n",
                    v.loaded() ? "loaded" : "skipped",
                    v.jar().getFileName(),
                    v.id() == null ? "-" : v.id(),
                    v.version() == null ? "-" : v.version(),
                    v.reason()));
        }
        return out.toString();
    }
}
