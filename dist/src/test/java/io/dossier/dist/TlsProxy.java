package io.dossier.dist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx in front of a running Dossier as the README configures it: HTTPS on a free
 * loopback port with a certificate made for the test (openssl), passing the client's address,
 * protocol and host on, and connecting to Dossier from {@code from} (a trusted proxy address).
 * Started by the test, stopped by its process, bounded in time.
 */
final class TlsProxy implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    final int port;
    private final Path folder;
    private final Process nginx;
    private final SSLContext trust;

    private TlsProxy(int port, Path folder, Process nginx, SSLContext trust) {
        this.port = port;
        this.folder = folder;
        this.nginx = nginx;
        this.trust = trust;
    }

    /** Starts nginx forwarding to 127.0.0.1:{@code backend}; skips the test when nginx or openssl is missing. */
    static TlsProxy start(int backend, String from) throws Exception {
        assumeTrue(
                Files.isExecutable(NGINX) && Files.isExecutable(OPENSSL),
                "Debian's nginx and openssl are not installed" + " (.ci/run installs nginx)");
        Path folder = Files.createTempDirectory(Path.of("target"), "nginx-").toAbsolutePath();
        run(
                folder,
                OPENSSL.toString(),
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                "key.pem",
                "-out",
                "cert.pem");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(folder.resolve("nginx.conf"), """
                worker_processes 1; daemon off; pid %1$s/nginx.pid; error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                  server {
                    listen 127.0.0.1:%2$d ssl;
                    ssl_certificate %1$s/cert.pem; ssl_certificate_key %1$s/key.pem;
                    location / {
                      proxy_pass http://127.0.0.1:%3$d;
                      proxy_bind %4$s;
                      proxy_set_header Host              $host;
                      proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_set_header X-Forwarded-Host  $host;
                      proxy_redirect   http:// https://;
                    }
                  }
                }
                """.formatted(folder, port, backend, from));
        Process nginx = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        folder.toString(),
                        "-c",
                        folder.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("nginx.out").toFile())
                .start();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!nginx.isAlive() || System.nanoTime() > until) {
                    nginx.destroyForcibly();
                    throw new IllegalStateException(
                            "nginx did not start: " + Files.readString(folder.resolve("nginx.out")));
                }
                Thread.sleep(100);
            }
        }
        return new TlsProxy(port, folder, nginx, trusting(folder.resolve("cert.pem")));
    }

    /** A client that trusts this proxy's certificate (and nothing else), speaking HTTP/1.1 as browsers do. */
    HttpClient client() {
        return HttpClient.newBuilder()
                .sslContext(trust)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI url(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            store.setCertificateEntry(
                    "proxy", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.out").toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl failed: " + Files.readString(folder.resolve("openssl.out")));
        }
    }

    @Override
    public void close() throws Exception {
        nginx.destroy();
        if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
            nginx.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
