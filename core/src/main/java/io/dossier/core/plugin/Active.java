package io.dossier.core.plugin;

import io.dossier.core.spi.Extension;
import java.util.Map;

/** An extension that is on, with its settings resolved (declared defaults overlaid by the owner's values). */
public record Active<T extends Extension>(T extension, String pluginId, Map<String, String> settings) {

    public String id() {
        return extension.id();
    }
}
