package io.dossier.core.plugin;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.WidgetArea;
import java.util.List;
import java.util.Map;

/**
 * A widget as the admin's widget screen shows it, on or off: where it sits, its title, the
 * settings it declares and their current values (defaults with the owner's values over them).
 */
public record WidgetPlacement(
        String id,
        String pluginId,
        String defaultTitle,
        String title,
        WidgetArea area,
        int position,
        boolean enabled,
        List<SettingDefinition> settings,
        Map<String, String> values) {}
