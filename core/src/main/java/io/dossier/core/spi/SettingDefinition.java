package io.dossier.core.spi;

/**
 * One setting of an extension: the admin renders a field for it and stores the value as text.
 *
 * @param key          stable name, unique within the extension
 * @param label        what the admin shows next to the field
 * @param type         how the value is edited and checked
 * @param defaultValue used until the owner sets one
 * @param help         one sentence shown under the field, or null
 * @since 1.0
 */
public record SettingDefinition(String key, String label, SettingType type, String defaultValue, String help) {}
