package io.dossier.core.plugin;

import java.util.List;

/** What the admin (and the plugins endpoint) shows for one plugin. */
public record PluginStatus(
        String id,
        String name,
        String version,
        String description,
        String apiRange,
        State state,
        String reason,
        List<ExtensionStatus> extensions) {

    /** A plugin's state. */
    public enum State {
        /** Loaded and switched on. */
        ACTIVE,
        /** Switched off by the owner. */
        DISABLED,
        /** One of its extensions failed or was too slow since the last settings change. */
        DEGRADED,
        /** Not loaded: its descriptor asks for another API version. */
        INCOMPATIBLE,
        /** Not loaded: another plugin already uses its id. */
        DUPLICATE,
        /** Not loaded: its descriptor is unreadable. */
        INVALID
    }

    /** Whether the plugin's classes were loaded (it may still be switched off or degraded). */
    public boolean loaded() {
        return state != State.INCOMPATIBLE && state != State.DUPLICATE && state != State.INVALID;
    }

    /** One extension of the plugin. */
    public record ExtensionStatus(String id, String kind, boolean enabled, String problem) {}
}
