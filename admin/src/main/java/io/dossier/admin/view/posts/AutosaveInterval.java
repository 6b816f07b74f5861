package io.dossier.admin.view.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the post editor keeps unsaved work: every minute, as WordPress does, unless
 * {@code DOSSIER_AUTOSAVE_SECONDS} says otherwise. Application-scoped, so view-scoped editors can hold it.
 */
@ApplicationScoped
public class AutosaveInterval {

    @Inject
    @ConfigProperty(name = "DOSSIER_AUTOSAVE_SECONDS", defaultValue = "60")
    int seconds;

    public int seconds() {
        return Math.max(1, seconds);
    }
}
