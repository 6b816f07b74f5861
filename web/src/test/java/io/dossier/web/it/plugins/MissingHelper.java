package io.dossier.web.it.plugins;

import io.dossier.core.spi.SettingDefinition;
import java.util.List;

/** Deliberately not packaged into the test plugin jar (see {@link UnloadableWidget}). */
final class MissingHelper {

    private MissingHelper() {}

    static List<SettingDefinition> settings() {
        return List.of();
    }
}
