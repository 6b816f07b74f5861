package io.dossier.core.plugin;

import io.dossier.core.event.ExtensionSettingsChanged;
import io.dossier.core.model.ExtensionSetting;
import io.dossier.core.model.PluginState;
import io.dossier.core.spi.WidgetArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/** Reads and changes the owner's plugin settings; every change fires {@link ExtensionSettingsChanged}. */
@ApplicationScoped
@Transactional
public class PluginSettingsStore {

    /** A change to one extension; null fields are left as they are. */
    public record ExtensionChange(
            Boolean enabled, WidgetArea area, Integer position, String title, Map<String, String> config) {}

    private EntityManager em;
    private Event<ExtensionSettingsChanged> changed;

    protected PluginSettingsStore() {}

    @Inject
    public PluginSettingsStore(EntityManager em, Event<ExtensionSettingsChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    public StoredSettings load() {
        Map<String, Boolean> plugins = new HashMap<>();
        em.createQuery("select p from PluginState p", PluginState.class)
                .getResultList()
                .forEach(p -> plugins.put(p.getPluginId(), p.isEnabled()));
        Map<String, StoredSettings.Extension> extensions = new HashMap<>();
        em.createQuery("select distinct e from ExtensionSetting e left join fetch e.config", ExtensionSetting.class)
                .getResultList()
                .forEach(e -> extensions.put(
                        e.getExtensionId(),
                        new StoredSettings.Extension(
                                e.isEnabled(), e.getArea(), e.getPosition(), e.getTitle(), Map.copyOf(e.getConfig()))));
        return new StoredSettings(plugins, extensions);
    }

    public void setPluginEnabled(String pluginId, boolean enabled) {
        PluginState state = em.find(PluginState.class, pluginId);
        if (state == null) {
            em.persist(new PluginState(pluginId, enabled));
        } else {
            state.setEnabled(enabled);
        }
        changed.fire(new ExtensionSettingsChanged());
    }

    public void change(String extensionId, ExtensionChange change) {
        ExtensionSetting setting = em.find(ExtensionSetting.class, extensionId);
        if (setting == null) {
            setting = new ExtensionSetting(extensionId);
            em.persist(setting);
        }
        if (change.enabled() != null) {
            setting.setEnabled(change.enabled());
        }
        if (change.area() != null) {
            setting.setArea(change.area().name());
        }
        if (change.position() != null) {
            setting.setPosition(change.position());
        }
        if (change.title() != null) {
            setting.setTitle(change.title().isBlank() ? null : change.title().strip());
        }
        if (change.config() != null) {
            setting.getConfig().putAll(change.config());
        }
        changed.fire(new ExtensionSettingsChanged());
    }
}
