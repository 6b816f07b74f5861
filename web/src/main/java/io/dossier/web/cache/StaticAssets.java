package io.dossier.web.cache;

import io.dossier.core.text.Digests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the theme's files under {@code /static/} carrying a fingerprint of their content
 * ({@code /static/site.css?v=3f2a9c1e}), so browsers may keep them for a year: a new release
 * changes the fingerprint, and with it the address. Templates use {@code #{assets.url('site.css')}}.
 */
@ApplicationScoped
@Named("assets")
public class StaticAssets {

    static final String FOLDER = "/static/";

    @Inject
    ServletContext context;

    /** The files never change while the application runs: fingerprint each once. */
    private final Map<String, Optional<String>> fingerprints = new ConcurrentHashMap<>();

    /** The address of {@code name} below {@code /static/}, without the context path. */
    public String url(String name) {
        return FOLDER + name + fingerprint(name).map(v -> "?v=" + v).orElse("");
    }

    /** The first 8 bytes of the file's SHA-256, in hex; empty when there is no such file. */
    public Optional<String> fingerprint(String name) {
        return fingerprints.computeIfAbsent(name, this::digest);
    }

    private Optional<String> digest(String name) {
        try (InputStream in = context.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(Digests.sha256Hex(in.readAllBytes(), 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
