package io.dossier.core.spi;

/**
 * The version of this API. A plugin's descriptor ({@code META-INF/dossier-plugin.properties})
 * declares the range it supports with {@code api.min} and {@code api.max} ("1.0", "1.x").
 *
 * @since 1.0
 */
public interface PluginApi {

    /** @since 1.0 */
    String VERSION = "1.0";

    /** Where each plugin jar describes itself. @since 1.0 */
    String DESCRIPTOR = "META-INF/dossier-plugin.properties";
}
