package io.dossier.dist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One started distribution for all browser and HTTP tests of this module: Payara Micro takes
 * seconds to boot, so test classes share it. Started on first use, with a plugins folder holding
 * the sample plugin and some broken jars, and stopped when the whole test run ends.
 */
final class SharedDistribution implements BeforeAllCallback {

    static final String ADMIN_PASSWORD = "dist-it-administrator-password";

    private static RunningDossier dossier;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedDistribution.class, k -> start(), RunningDossier.class);
    }

    static RunningDossier dossier() {
        return dossier;
    }

    private static RunningDossier start() {
        try {
            Path dist = Path.of(System.getProperty("dossier.dist"));
            Path work = Files.createTempDirectory(Path.of("target"), "dist-it-");
            RunningDossier started = new RunningDossier(dist, work);
            Files.write(started.plugins.resolve("garbage.jar"), new byte[] {1, 2, 3, 4, 5});
            jar(started.plugins.resolve("not-a-plugin.jar"), "hello.txt", "hello");
            jar(
                    started.plugins.resolve("from-the-future.jar"),
                    "META-INF/dossier-plugin.properties",
                    "id=future\napi.min=2.0\napi.max=2.x\n");
            jar(
                    started.plugins.resolve("widgets-copy.jar"),
                    "META-INF/dossier-plugin.properties",
                    "id=widgets\napi.min=1.0\napi.max=1.x\n");
            Files.copy(Path.of(System.getProperty("hello.widget.jar")), started.plugins.resolve("hello-widget.jar"));
            // Autosave every 2 s instead of every minute, so the browser tests see it happen; 127.0.0.2
            // plays the trusted proxy and www.dossier.test an alias (SecurityIT); kept across the
            // restarts DistributionIT makes.
            started.always(Map.of(
                    "DOSSIER_ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "DOSSIER_AUTOSAVE_SECONDS",
                    "2",
                    "DOSSIER_TRUSTED_PROXIES",
                    SecurityIT.PROXY,
                    "DOSSIER_HOST_ALIASES",
                    SecurityIT.ALIAS));
            started.start(Map.of());
            dossier = started;
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("the distribution did not start", e);
        }
    }

    private static void jar(Path file, String entry, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(content.getBytes());
        }
    }
}
