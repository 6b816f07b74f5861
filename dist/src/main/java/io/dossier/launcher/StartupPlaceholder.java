package io.dossier.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Answers on the site's port while Payara boots and the application migrates and loads: 503 with
 * {@code Retry-After}, so readers, crawlers and load balancers see "come back soon" instead of
 * Payara's 404 page and then empty 500s. Payara's own HTTP listener stays disabled meanwhile
 * (preboot); the application sets {@link #READY} when it is ready, this placeholder then frees the
 * port, and the post-deploy command enables the listener there.
 */
final class StartupPlaceholder implements AutoCloseable {

    /**
     * System property the application sets when it is ready; the placeholder's watcher then frees the
     * port. Plain string properties, polled, keep the two sides free of each other's classes.
     */
    static final String READY = "dossier.startup.ready";
    /** "open" while the placeholder holds the port, "closed" once it is free: the application waits for it. */
    static final String STATE = "dossier.startup.placeholder";

    static final String RETRY_AFTER_SECONDS = "5";
    private static final byte[] PAGE =
            ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Starting</title></head>"
                            + "<body><h1>The site is starting</h1><p>It will be back in a few seconds.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private volatile boolean open = true;

    private StartupPlaceholder(HttpServer server) {
        this.server = server;
    }

    static StartupPlaceholder open(String bind, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                var headers = exchange.getResponseHeaders();
                headers.set("Retry-After", RETRY_AFTER_SECONDS);
                headers.set("Content-Type", "text/html;charset=UTF-8");
                headers.set("Cache-Control", "no-store");
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(503, head ? -1 : PAGE.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(PAGE);
                    }
                }
            }
        });
        server.start();
        StartupPlaceholder placeholder = new StartupPlaceholder(server);
        System.setProperty(STATE, "open");
        Thread watcher = new Thread(
                () -> {
                    while (System.getProperty(READY) == null && placeholder.open) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    placeholder.close();
                },
                "dossier-startup-placeholder");
        watcher.setDaemon(true);
        watcher.start();
        return placeholder;
    }

    /** Frees the port (at once: a request in flight is answered, new ones wait for Payara's listener). */
    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            server.stop(0);
            System.setProperty(STATE, "closed");
        }
    }
}
