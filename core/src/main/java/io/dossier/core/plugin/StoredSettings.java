package io.dossier.core.plugin;

import java.util.Map;

/** The owner's stored choices, as the catalog needs them. */
public record StoredSettings(Map<String, Boolean> pluginsEnabled, Map<String, Extension> extensions) {

    /** One extension's stored choices; null fields mean "as declared". */
    public record Extension(boolean enabled, String area, Integer position, String title, Map<String, String> config) {}

    public static StoredSettings none() {
        return new StoredSettings(Map.of(), Map.of());
    }
}
