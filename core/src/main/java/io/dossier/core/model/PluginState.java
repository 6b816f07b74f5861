package io.dossier.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Whether the owner switched a whole plugin off. No row: enabled. */
@Entity
@Table(name = "plugin_state")
public class PluginState {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean enabled;

    protected PluginState() {}

    public PluginState(String pluginId, boolean enabled) {
        this.pluginId = pluginId;
        this.enabled = enabled;
    }

    public String getPluginId() {
        return pluginId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
