package io.dossier.admin.view.plugins;

import io.dossier.admin.view.Feedback;
import io.dossier.core.plugin.PluginAdministration;
import io.dossier.core.plugin.PluginStatus;
import io.dossier.core.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Plugins: every discovered plugin with version, API range and state (with the reason), on and off switches. */
@Named("plugins")
@RequestScoped
public class PluginsBacking {

    @Inject
    PluginAdministration administration;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<PluginStatus> rows;

    @PostConstruct
    void load() {
        feedback.attempt(null, () -> rows = administration.plugins(user.require()));
    }

    /** Whether the plugin is loaded, so that it can be switched. */
    public boolean switchable(PluginStatus plugin) {
        return plugin.loaded();
    }

    public void setEnabled(PluginStatus plugin, boolean enabled) {
        if (feedback.attempt(
                plugin.name(), () -> administration.setPluginEnabled(user.require(), plugin.id(), enabled))) {
            feedback.info(plugin.name() + (enabled ? " is on." : " is off."));
        }
        load();
    }

    public List<PluginStatus> getRows() {
        return rows;
    }
}
