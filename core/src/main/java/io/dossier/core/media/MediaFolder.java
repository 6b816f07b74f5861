package io.dossier.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where uploaded files live: {@code DOSSIER_DATA/media}, next to the embedded database. */
@ApplicationScoped
public class MediaFolder {

    private Path root;

    protected MediaFolder() {}

    @Inject
    public MediaFolder(@ConfigProperty(name = "DOSSIER_DATA") Optional<String> data) {
        this(Path.of(data.filter(s -> !s.isBlank()).orElse("data"))
                .toAbsolutePath()
                .resolve("media"));
    }

    public MediaFolder(Path root) {
        this.root = root.normalize();
    }

    public Path root() {
        return root;
    }

    /** The file at a stored relative path; empty when the path would leave the folder. */
    public Optional<Path> resolve(String relative) {
        Path file = root.resolve(relative).normalize();
        return file.startsWith(root) && !file.equals(root) ? Optional.of(file) : Optional.empty();
    }
}
