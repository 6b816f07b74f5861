package io.dossier.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The application's own rules for plugin descriptors (io.dossier.core.plugin.PluginDescriptor and
 * the API version), loaded from the core jar inside the unpacked WAR in a throw-away class loader:
 * the launcher checks jars exactly as the running site will, without a second copy of the rules
 * and without putting core on Payara's class path.
 */
final class DescriptorRules implements AutoCloseable {

    /** A descriptor as the application reads it. */
    record Descriptor(String id, String version, String apiRange, boolean compatible) {}

    private final URLClassLoader loader;
    private final Method parse;
    private final Method supportsApi;
    private final Method id;
    private final Method version;
    private final Method apiRange;
    final String apiVersion;

    private DescriptorRules(Path coreJar) throws IOException {
        loader = new URLClassLoader(new URL[] {coreJar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        try {
            Class<?> descriptor = loader.loadClass("io.dossier.core.plugin.PluginDescriptor");
            parse = descriptor.getMethod("parse", Properties.class);
            supportsApi = descriptor.getMethod("supportsApi", String.class);
            id = descriptor.getMethod("id");
            version = descriptor.getMethod("version");
            apiRange = descriptor.getMethod("apiRange");
            apiVersion = (String) loader.loadClass("io.dossier.core.spi.PluginApi")
                    .getField("VERSION")
                    .get(null);
        } catch (ReflectiveOperationException e) {
            throw new IOException("The application's core jar has no plugin rules: " + coreJar, e);
        }
    }

    /** The rules of the application unpacked at {@code application}. */
    static DescriptorRules of(Path application) throws IOException {
        try (DirectoryStream<Path> jars =
                Files.newDirectoryStream(application.resolve("WEB-INF/lib"), "dossier-core-*.jar")) {
            for (Path jar : jars) {
                return new DescriptorRules(jar);
            }
        }
        throw new IOException("No dossier-core jar in " + application.resolve("WEB-INF/lib"));
    }

    /** Reads a descriptor; throws {@link IllegalArgumentException} with the application's message when it is invalid. */
    Descriptor read(Properties properties) {
        try {
            Object d = parse.invoke(null, properties);
            return new Descriptor(
                    (String) id.invoke(d), (String) version.invoke(d), (String) apiRange.invoke(d), (Boolean)
                            supportsApi.invoke(d, apiVersion));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
