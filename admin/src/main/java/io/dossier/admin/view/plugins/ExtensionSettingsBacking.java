package io.dossier.admin.view.plugins;

import io.dossier.admin.view.Feedback;
import io.dossier.core.plugin.ExtensionSettings;
import io.dossier.core.plugin.PluginAdministration;
import io.dossier.core.security.Capability;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.spi.SettingDefinition;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plugin screen's settings forms: what each extension (feeds, enrichers, …) declares, as it declares it. */
@Named("extensionSettings")
@ViewScoped
public class ExtensionSettingsBacking implements Serializable {

    @Inject
    PluginAdministration administration;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<Form> forms;

    /** One extension's settings being edited. */
    public static final class Form implements Serializable {
        private final String id;
        private final String heading;
        private final List<SettingDefinition> settings;
        private final Map<String, String> values;

        Form(ExtensionSettings extension) {
            this.id = extension.id();
            this.heading = extension.pluginName() + ": " + extension.id() + " (" + extension.kind() + ")";
            this.settings = List.copyOf(extension.settings());
            this.values = new LinkedHashMap<>(extension.values());
        }

        public String getId() {
            return id;
        }

        public String getHeading() {
            return heading;
        }

        public List<SettingDefinition> getSettings() {
            return settings;
        }

        public Map<String, String> getValues() {
            return values;
        }
    }

    /** f:viewAction */
    public void load() {
        if (user.require().can(Capability.MANAGE_PLUGINS)) {
            feedback.attempt(
                    null,
                    () -> forms = administration.extensionSettings(user.require()).stream()
                            .map(Form::new)
                            .toList());
        }
    }

    public void save(Form form) {
        if (feedback.attempt(
                form.getId(), () -> administration.configure(user.require(), form.getId(), form.getValues()))) {
            feedback.info("Settings of " + form.getId() + " saved.");
        }
    }

    public List<Form> getForms() {
        return forms;
    }
}
