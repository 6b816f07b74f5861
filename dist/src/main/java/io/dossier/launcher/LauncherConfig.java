package io.dossier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings of one run. Each is looked up as a {@code -D} system property, then an environment
 * variable, then {@code conf/dossier.properties}, then its default.
 */
public record LauncherConfig(
        Path home,
        int port,
        String bind,
        Path data,
        Path plugins,
        boolean demo,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword) {

    public static LauncherConfig load(Path home, Map<String, String> env, Properties system) throws IOException {
        Properties file = new Properties();
        Path conf = home.resolve("conf").resolve("dossier.properties");
        if (Files.isReadable(conf)) {
            try (InputStream in = Files.newInputStream(conf)) {
                file.load(in);
            }
        }
        Lookup lookup = key -> Optional.ofNullable(system.getProperty(key))
                .or(() -> Optional.ofNullable(env.get(key)))
                .or(() -> Optional.ofNullable(file.getProperty(key)))
                .map(String::strip)
                .filter(v -> !v.isEmpty());
        String port = lookup.get("DOSSIER_PORT").orElse("8080");
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DOSSIER_PORT must be a number, not \"" + port + "\"");
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new IllegalArgumentException("DOSSIER_PORT must be between 1 and 65535, not " + portNumber);
        }
        return new LauncherConfig(
                home,
                portNumber,
                lookup.get("DOSSIER_BIND").orElse("127.0.0.1"),
                Path.of(lookup.get("DOSSIER_DATA").orElse("data"))
                        .toAbsolutePath()
                        .normalize(),
                lookup.get("DOSSIER_PLUGINS")
                        .map(Path::of)
                        .orElse(home.resolve("plugins"))
                        .toAbsolutePath()
                        .normalize(),
                !lookup.get("DOSSIER_DEMO")
                        .map(v -> v.equalsIgnoreCase("false"))
                        .orElse(false),
                lookup.get("DOSSIER_DB_URL"),
                lookup.get("DOSSIER_DB_USER"),
                lookup.get("DOSSIER_DB_PASSWORD"));
    }

    /**
     * The settings for a one-off command such as {@code import}: on a loopback port of its own (the
     * site may be running on PostgreSQL beside it) and never loading the demo into a new database.
     */
    public LauncherConfig forCommand(int commandPort) {
        return new LauncherConfig(home, commandPort, "127.0.0.1", data, plugins, false, dbUrl, dbUser, dbPassword);
    }

    /** Where the launcher unpacks the WAR and the plugins before each start. */
    public Path applicationFolder() {
        return data.resolve("work").resolve("ROOT");
    }

    @FunctionalInterface
    private interface Lookup {
        Optional<String> get(String key);
    }
}
