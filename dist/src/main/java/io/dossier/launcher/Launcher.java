package io.dossier.launcher;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/dossier}: reads the settings, unpacks the WAR with the valid drop-in plugins into the
 * data folder, and boots Payara Micro in this JVM on that folder, bound to loopback by default,
 * with Hazelcast and phone-home off.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("dossier.home", "."))
                .toAbsolutePath()
                .normalize();
        LauncherConfig config;
        Command command = null;
        try {
            config = LauncherConfig.load(home, System.getenv(), System.getProperties());
            if (args.length > 0) {
                command = Command.parse(args);
                config = config.forCommand(freeLoopbackPort());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("dossier: " + e.getMessage());
            System.exit(2);
            return;
        }
        Files.createDirectories(config.data());

        Path application = config.applicationFolder();
        ApplicationFolder.unpack(home.resolve("app").resolve("dossier.war"), application);
        List<PluginJars.Verdict> plugins;
        try (DescriptorRules rules = DescriptorRules.of(application)) {
            plugins = PluginJars.check(config.plugins(), rules, ApplicationFolder.bundledPlugins(application));
        }
        System.out.print(PluginJars.table(plugins));
        ApplicationFolder.addPlugins(
                application,
                plugins.stream()
                        .filter(PluginJars.Verdict::loaded)
                        .map(PluginJars.Verdict::jar)
                        .toList());

        // The application reads these through MicroProfile Config (system properties are a source).
        System.setProperty("DOSSIER_DATA", config.data().toString());
        System.setProperty("DOSSIER_DEMO", String.valueOf(config.demo()));
        config.dbUrl().ifPresent(v -> System.setProperty("DOSSIER_DB_URL", v));
        config.dbUser().ifPresent(v -> System.setProperty("DOSSIER_DB_USER", v));
        config.dbPassword().ifPresent(v -> System.setProperty("DOSSIER_DB_PASSWORD", v));

        if (command != null) {
            // Read by the application (web.lifecycle) once the database is migrated; it reports back
            // through Command.STATUS (system properties are shared with the application).
            System.setProperty(command.property(), command.value());
            if (command.name().equals("export")) {
                System.setProperty("DOSSIER_EXPORT_FORMAT", command.format());
            }
            System.out.printf(
                    "Dossier: %s %s (data in %s, database %s)%n",
                    command.name(),
                    command.value(),
                    config.data(),
                    config.dbUrl().map(Launcher::withoutSecrets).orElse("embedded H2"));
        } else {
            System.out.printf(
                    "Dossier: http://%s:%d/ (data in %s, database %s)%n",
                    config.bind(),
                    config.port(),
                    config.data(),
                    config.dbUrl().map(Launcher::withoutSecrets).orElse("embedded H2"));
        }
        // Payara starts its services on a pool of threads by default; on a loaded two-core machine that
        // startup now and then stalled for good (main waiting on a run level, nothing running). One
        // thread starts them in order: no such race, and no slower here (about 10 s to the first 200).
        System.setProperty("org.glassfish.startupThreadPolicy", "USE_NO_THREADS");
        // A run that was killed (SIGKILL, power loss) leaves its deployment recorded in the runtime's
        // folder, and Payara would deploy it a second time beside this one: start that folder afresh.
        ApplicationFolder.deleteRecursively(runtimeFolder(config));
        StartupPlaceholder placeholder = command == null ? StartupPlaceholder.open(config.bind(), config.port()) : null;
        PayaraMicro.main(payaraArguments(config, placeholder != null));
        if (command != null) {
            int status = Integer.getInteger(Command.STATUS, 1);
            PayaraMicro.getInstance().shutdown();
            System.exit(status);
        }
        // Payara Micro keeps running when a deployment fails; a site that only answers 404 is worse
        // than a clear failure, so stop with the reason in the log above.
        if (!PayaraMicro.getInstance()
                .getRuntime()
                .getDeployedApplicationNames()
                .contains("ROOT")) {
            System.err.println("dossier: the application did not start; see the errors above");
            System.exit(1);
        }
        placeholder.close(); // already closed by its watcher when the application became ready; idempotent
    }

    /** Text the server gzips when the browser accepts it: pages, styles, scripts, feeds, API answers. */
    static final String COMPRESSED_TYPES = "text/html,text/css,text/javascript,application/javascript,text/plain,"
            + "text/xml,application/xml,application/rss+xml,application/atom+xml,application/json,"
            + "application/feed+json,application/problem+json,image/svg+xml";

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalArgumentException("no free port on 127.0.0.1 for the command: " + e.getMessage());
        }
    }

    private static Path runtimeFolder(LauncherConfig config) {
        return config.data().resolve("work").resolve("payara");
    }

    static String[] payaraArguments(LauncherConfig config, boolean placeholder) throws IOException {
        Path preboot = config.data().resolve("work").resolve("preboot.asadmin");
        String listener =
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.";
        // Bind the HTTP listener before it opens: loopback unless DOSSIER_BIND says otherwise. Cookies
        // (only logged-in users get one) are SameSite=Lax: not sent with cross-site posts, a second
        // guard against CSRF beside JSF's view state; Payara ignores web.xml's cookie attributes.
        String http = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
        Files.writeString(
                preboot,
                listener + "address=" + config.bind() + "\n"
                        // While the start-up placeholder holds the port, Payara's listener waits (postdeploy enables
                        // it).
                        // Enabling it reconfigures the virtual server, which then turns on single sign-on with a
                        // Hazelcast store that is not running, and every form login failed: SSO stays off (one app).
                        + (placeholder
                                ? listener + "enabled=false\n"
                                        + "set configs.config.server-config.http-service.sso-enabled=false\n"
                                        + "set configs.config.server-config.http-service.virtual-server.server.sso-enabled=false\n"
                                : "")
                        + http + "cookie-same-site-enabled=true\n"
                        + http + "cookie-same-site-value=Lax\n"
                        // gzip for text of any size worth it (images and downloads are compressed already).
                        // Browsers speak HTTP/1.1 to a plain-text listener and get it; clients that upgrade to
                        // h2c get HTTP/2, which Grizzly does not compress. Keep HTTP/2 on: with it off, Grizzly
                        // answers an h2c upgrade request with a gzip header over an uncompressed body.
                        + http + "compression=on\n"
                        + http + "compression-min-size-bytes=1024\n"
                        + http + "compressable-mime-type=" + COMPRESSED_TYPES + "\n"
                        // Sized for a small machine: requests are CPU-bound (a cached page is a memory copy,
                        // an uncached one a few indexed queries), so more threads than a few per core only add
                        // switching and stacks; 32 still covers slow clients and the JDBC pool's 32 connections.
                        + "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32\n"
                        + "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=4\n");
        List<String> args = new ArrayList<>(List.of(
                "--deploy",
                config.applicationFolder().toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(config.port()),
                // No Hazelcast at all: --nocluster alone still starts a local data grid listening on *:6900.
                "--nohazelcast",
                "--disablephonehome",
                // Runtime unpacked under the data folder; no --rootdir, whose saved domain.xml would
                // redeploy the previous run's application beside this one.
                "--unpackdir",
                runtimeFolder(config).toString(),
                "--prebootcommandfile",
                preboot.toString()));
        if (placeholder) {
            Path postdeploy = config.data().resolve("work").resolve("postdeploy.asadmin");
            Files.writeString(postdeploy, listener + "enabled=true\n");
            args.addAll(List.of("--postdeploycommandfile", postdeploy.toString()));
        }
        return args.toArray(String[]::new);
    }

    private static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
