package io.dossier.core.plugin;

import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.spi.Extension;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.support.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    public List<PluginStatus> plugins(Actor actor) {
        actor.require(Capability.MANAGE_PLUGINS, "manage plugins");
        return registry.statuses();
    }

    public void setPluginEnabled(Actor actor, String pluginId, boolean enabled) {
        actor.require(Capability.MANAGE_PLUGINS, "switch plugins on or off");
        boolean known = registry.catalog().plugins().stream()
                .anyMatch(p -> p.id().equals(pluginId)
                        && (p.state() == PluginStatus.State.ACTIVE || p.state() == PluginStatus.State.DISABLED));
        if (!known) {
            throw new NotFoundException("No loaded plugin has the id " + pluginId);
        }
        store.setPluginEnabled(pluginId, enabled);
    }

    /**
     * Every widget of a loaded plugin, on or off, in area and display order. The widget's own
     * answers (title, area, settings) go through the registry's guard, so a broken widget shows
     * with its id and no settings instead of breaking the screen.
     */
    public List<WidgetPlacement> widgets(Actor actor) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "arrange widgets");
        StoredSettings stored = store.load();
        Map<String, String> pluginOf = new HashMap<>();
        Map<String, Boolean> enabledNow = new HashMap<>();
        for (PluginStatus p : registry.statuses()) {
            for (PluginStatus.ExtensionStatus e : p.extensions()) {
                pluginOf.put(e.id(), p.id());
                enabledNow.put(e.id(), e.enabled() && e.problem() == null);
            }
        }
        List<WidgetPlacement> placements = new ArrayList<>();
        for (Widget widget : registry.discoveredWidgets()) {
            String id =
                    registry.guarded(widget.getClass().getName(), widget::id).orElse(null);
            if (id == null || !pluginOf.containsKey(id)) {
                continue;
            }
            StoredSettings.Extension mine = stored.extensions().get(id);
            String defaultTitle = registry.guarded(id, widget::title).orElse(id);
            WidgetArea defaultArea = registry.guarded(id, widget::defaultArea).orElse(WidgetArea.SIDEBAR);
            List<SettingDefinition> definitions =
                    registry.guarded(id, widget::settings).orElse(List.of());
            Map<String, String> values = PluginCatalog.settingValues(definitions, mine);
            WidgetArea area =
                    mine == null || mine.area() == null ? defaultArea : PluginCatalog.areaOr(mine.area(), defaultArea);
            int position = mine == null || mine.position() == null
                    ? registry.guarded(id, widget::order).orElse(0)
                    : mine.position();
            String title = mine == null || mine.title() == null || mine.title().isBlank() ? defaultTitle : mine.title();
            placements.add(new WidgetPlacement(
                    id,
                    pluginOf.get(id),
                    defaultTitle,
                    title,
                    area,
                    position,
                    enabledNow.getOrDefault(id, false),
                    definitions,
                    values));
        }
        placements.sort(Comparator.comparing(WidgetPlacement::area)
                .thenComparing(w -> !w.enabled())
                .thenComparingInt(WidgetPlacement::position)
                .thenComparing(WidgetPlacement::id));
        return placements;
    }

    public void change(Actor actor, String extensionId, PluginSettingsStore.ExtensionChange change) {
        actor.require(Capability.EDIT_THEME_OPTIONS, "change widgets and extensions");
        store.change(extensionId, checked(extensionId, change));
    }

    /**
     * The settings of every extension of a loaded plugin that declares some, widgets excepted,
     * for the plugin screen (feed contents, for example).
     */
    public List<ExtensionSettings> extensionSettings(Actor actor) {
        actor.require(Capability.MANAGE_PLUGINS, "configure plugins");
        StoredSettings stored = store.load();
        List<ExtensionSettings> result = new ArrayList<>();
        for (PluginStatus plugin : registry.statuses()) {
            if (!plugin.loaded()) {
                continue; // nothing to configure
            }
            for (PluginStatus.ExtensionStatus status : plugin.extensions()) {
                Extension extension = registry.extension(status.id()).orElse(null);
                if (extension == null || extension instanceof Widget) {
                    continue;
                }
                List<SettingDefinition> definitions =
                        registry.guarded(status.id(), extension::settings).orElse(List.of());
                if (definitions.isEmpty()) {
                    continue;
                }
                result.add(new ExtensionSettings(
                        status.id(),
                        plugin.id(),
                        plugin.name(),
                        status.kind(),
                        definitions,
                        PluginCatalog.settingValues(
                                definitions, stored.extensions().get(status.id()))));
            }
        }
        return result;
    }

    /** Stores an extension's settings from the plugin screen; each value is checked against its declaration. */
    public void configure(Actor actor, String extensionId, Map<String, String> values) {
        actor.require(Capability.MANAGE_PLUGINS, "configure plugins");
        store.change(
                extensionId,
                checked(extensionId, new PluginSettingsStore.ExtensionChange(null, null, null, null, values)));
    }

    /** The change, once its position and every value have been checked against the extension's declarations. */
    private PluginSettingsStore.ExtensionChange checked(
            String extensionId, PluginSettingsStore.ExtensionChange change) {
        Extension extension = registry.extension(extensionId)
                .orElseThrow(() -> new NotFoundException("No extension has the id " + extensionId));
        if (change.position() != null && (change.position() < 0 || change.position() > 10_000)) {
            throw new InvalidSettingException("position", "position must be between 0 and 10000");
        }
        if (change.config() != null) {
            for (Map.Entry<String, String> value : change.config().entrySet()) {
                SettingDefinition definition = extension.settings().stream()
                        .filter(s -> s.key().equals(value.getKey()))
                        .findFirst()
                        .orElseThrow(() -> new InvalidSettingException(
                                "config." + value.getKey(), extensionId + " has no setting " + value.getKey()));
                check(definition, value.getValue());
            }
        }
        return change;
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
