package io.dossier.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's one command, run for a second per URL on a small site, as the issue allows CI to:
 * it must still start the distribution, fill it, measure every URL with the page cache on and off
 * and against nginx, and write its table. The figures themselves are not judged here (a shared
 * machine's seconds are noise); that each page answered 200 and was measured is.
 */
class BenchmarkSmokeIT {

    private static final List<String> PAGES =
            List.of("front page", "single post", "tag archive", "category archive", "RSS feed", "search", "REST posts");
    /** One table row: page, status, cached req/s, cached p99, nginx req/s, ratio, uncached req/s, p50, p99, ... */
    private static final Pattern ROW = Pattern.compile(
            "\\| ([a-zA-Z ]+) \\| (\\d{3}) \\| (\\d+) \\| ([0-9.]+) \\| (\\d+) \\| ([0-9.]+) \\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\|");

    @Test
    void theBenchmarkMeasuresEveryPageWithOneCommand() throws Exception {
        Path results = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-smoke-");
        Path log = results.resolve("run.log");
        ProcessBuilder bench = new ProcessBuilder("bash", "bench/run.sh", "200")
                .directory(Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        bench.environment()
                .putAll(Map.of(
                        "DURATION",
                        "1s",
                        "WARMUP",
                        "1s",
                        "RESULTS",
                        results.toString(),
                        "PORT",
                        String.valueOf(freePort()),
                        "NGINX_PORT",
                        String.valueOf(freePort()),
                        "WORDPRESS",
                        "http://127.0.0.1:" + freePort()));
        Process process = bench.start();
        if (!process.waitFor(12, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(0, process.exitValue(), output);

        try (var tables = Files.list(results)) {
            Path table = tables.filter(p -> p.getFileName().toString().startsWith("bench-N200-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no table written: " + output));
            String written = Files.readString(table);
            for (String page : PAGES) {
                Matcher row = ROW.matcher(written.lines()
                        .filter(l -> l.startsWith("| " + page + " |"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(page + " missing: " + written)));
                assertTrue(row.find(), page + ": " + written);
                assertEquals("200", row.group(2), page + " answered: " + written);
                for (int measured : new int[] {3, 5, 7}) {
                    assertTrue(
                            Long.parseLong(row.group(measured)) > 0,
                            page + " measured (column " + measured + "): " + written);
                }
            }
            assertTrue(
                    written.matches(
                            "(?s).*time from bin/dossier to first 200: empty site [0-9.]+ s, after filling [0-9.]+ s.*"),
                    written);
            assertTrue(
                    written.matches("(?s).*resident memory: after start \\d+ MiB, after the cached run \\d+ MiB,"
                            + " after the uncached run \\d+ MiB.*"),
                    written);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
