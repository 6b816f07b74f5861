package io.dossier.core.plugin;

import io.dossier.core.service.NotFoundException;
import io.dossier.core.spi.Extension;
import io.dossier.core.spi.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * What an administrator may change about plugins, checked against what the plugins declare:
 * unknown plugins and extensions are not found, undeclared or ill-typed settings are refused.
 * Changes apply at once (the registry rebuilds on the change event); no restart.
 */
@ApplicationScoped
public class PluginAdministration {

    @Inject
    PluginRegistry registry;
    @Inject
    PluginSettingsStore store;

    public List<PluginStatus> plugins() {
        return registry.statuses();
    }

    public void setPluginEnabled(String pluginId, boolean enabled) {
        boolean known = registry.catalog().plugins().stream().anyMatch(p -> p.id().equals(pluginId)
                && (p.state() == PluginStatus.State.ACTIVE || p.state() == PluginStatus.State.DISABLED));
        if (!known) {
            throw new NotFoundException("No loaded plugin has the id " + pluginId);
        }
        store.setPluginEnabled(pluginId, enabled);
    }

    public void change(String extensionId, PluginSettingsStore.ExtensionChange change) {
        Extension extension = registry.extension(extensionId)
                .orElseThrow(() -> new NotFoundException("No extension has the id " + extensionId));
        if (change.position() != null && (change.position() < 0 || change.position() > 10_000)) {
            throw new InvalidSettingException("position", "position must be between 0 and 10000");
        }
        if (change.config() != null) {
            for (Map.Entry<String, String> value : change.config().entrySet()) {
                SettingDefinition definition = extension.settings().stream()
                        .filter(s -> s.key().equals(value.getKey())).findFirst()
                        .orElseThrow(() -> new InvalidSettingException("config." + value.getKey(),
                                extensionId + " has no setting " + value.getKey()));
                check(definition, value.getValue());
            }
        }
        store.change(extensionId, change);
    }

    private static void check(SettingDefinition definition, String value) {
        String field = "config." + definition.key();
        if (value == null) {
            throw new InvalidSettingException(field, definition.label() + " needs a value");
        }
        switch (definition.type()) {
            case NUMBER -> {
                try {
                    Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidSettingException(field, definition.label() + " must be a whole number");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new InvalidSettingException(field, definition.label() + " must be true or false");
                }
            }
            case TEXT -> {
                if (value.length() > 1000) {
                    throw new InvalidSettingException(field, definition.label() + " is longer than 1000 characters");
                }
            }
            case TEXTAREA -> {
                if (value.length() > 100_000) {
                    throw new InvalidSettingException(field, definition.label() + " is longer than 100,000 characters");
                }
            }
        }
    }
}
