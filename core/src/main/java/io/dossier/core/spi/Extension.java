package io.dossier.core.spi;

import java.util.List;

/**
 * Something a plugin adds to the site. Implementations are CDI beans (for example
 * {@code @ApplicationScoped}) in the plugin's jar; Dossier discovers them, sorts them by
 * {@link #order()} then {@link #id()}, and calls them through a guard: an extension that throws
 * or is too slow is skipped and reported, and the page still renders.
 *
 * @since 1.0
 */
public interface Extension {

    /** Stable id, "{@code <pluginId>.<name>}", never changed between versions. @since 1.0 */
    String id();

    /** Lower comes first; ties are broken by id. @since 1.0 */
    default int order() {
        return 100;
    }

    /**
     * Whether the extension is on before the owner decides: false for optional widgets that wait
     * to be placed, as WordPress's available widgets do.
     *
     * @since 1.0
     */
    default boolean enabledByDefault() {
        return true;
    }

    /** The settings a site owner may change, described so the admin can render a form. @since 1.0 */
    default List<SettingDefinition> settings() {
        return List.of();
    }
}
