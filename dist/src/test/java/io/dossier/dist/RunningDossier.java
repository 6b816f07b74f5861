package io.dossier.dist;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built distribution started the way a site owner starts it: {@code bin/dossier} with environment settings. */
final class RunningDossier implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

    final Path home;
    final Path data;
    final Path plugins;
    final Path log;
    final int port;
    private Process process;
    private Duration timeToFirst200;
    /** Every answer before the first 200 of the last start: status and Retry-After ("503 5"). */
    private final List<String> startupAnswers = new ArrayList<>();
    /** Settings every start of this site gets, restarts included (the shared site's test settings). */
    private Map<String, String> alwaysEnvironment = Map.of();

    RunningDossier(Path home, Path workFolder) throws IOException {
        this.home = home;
        this.data = Files.createDirectories(workFolder.resolve("data"));
        this.plugins = Files.createDirectories(workFolder.resolve("plugins"));
        this.log = workFolder.resolve("dossier.log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** Environment for every later start, under each start's own extra settings. */
    void always(Map<String, String> environment) {
        alwaysEnvironment = Map.copyOf(environment);
    }

    /** Starts bin/dossier and waits for the home page to answer 200. */
    void start(Map<String, String> extraEnvironment) throws Exception {
        ProcessBuilder builder = bin(log, extraEnvironment);
        long started = System.nanoTime();
        process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        startupAnswers.clear();
        while (System.nanoTime() - started < STARTUP_LIMIT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/dossier exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(url("/"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    timeToFirst200 = Duration.ofNanos(System.nanoTime() - started);
                    return;
                }
                startupAnswers.add(response.statusCode() + " "
                        + response.headers().firstValue("Retry-After").orElse("-"));
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("No 200 from / within " + STARTUP_LIMIT + "; see " + log);
    }

    /** Runs {@code bin/dossier} with a command, e.g. {@code import FILE}, on this site's data; output to {@code output}. */
    Process command(Path output, String... args) throws IOException {
        ProcessBuilder builder = bin(output, Map.of());
        builder.command().addAll(List.of(args));
        return builder.start();
    }

    private ProcessBuilder bin(Path output, Map<String, String> extraEnvironment) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(
                        List.of(home.resolve("bin").resolve("dossier").toString())))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("DOSSIER_PORT", String.valueOf(port));
        builder.environment().put("DOSSIER_DATA", data.toString());
        builder.environment().put("DOSSIER_PLUGINS", plugins.toString());
        builder.environment().remove("DOSSIER_DB_URL");
        builder.environment().putAll(alwaysEnvironment);
        builder.environment().putAll(extraEnvironment);
        return builder;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Duration timeToFirst200() {
        return timeToFirst200;
    }

    List<String> startupAnswers() {
        return List.copyOf(startupAnswers);
    }

    /** Resident memory of the server process in MiB (Linux). */
    long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Stops the server as Ctrl-C or a service manager would (SIGTERM). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
