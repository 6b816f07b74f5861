package io.dossier.core.plugin;

import io.dossier.core.spi.SettingDefinition;
import java.util.List;
import java.util.Map;

/**
 * The settings a plugin's extension (not a widget: those are set on the widget screen) declares,
 * with their current values: defaults overridden by what the owner stored.
 */
public record ExtensionSettings(
        String id,
        String pluginId,
        String pluginName,
        String kind,
        List<SettingDefinition> settings,
        Map<String, String> values) {}
