package io.dossier.admin.view.plugins;

import io.dossier.core.plugin.WidgetPlacement;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.WidgetArea;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One widget being edited on the widget screen: placement, title and its declared settings. */
public class WidgetForm implements Serializable {

    private final String id;
    private final String pluginId;
    private final String defaultTitle;
    private final List<SettingDefinition> settings;
    /** Where the widget is as saved: the screen groups by these, not by the edited values. */
    private final WidgetArea savedArea;

    private final boolean savedEnabled;
    private String title;
    private WidgetArea area;
    private int position;
    private boolean enabled;
    private final Map<String, String> values;

    WidgetForm(WidgetPlacement placement) {
        this.id = placement.id();
        this.pluginId = placement.pluginId();
        this.defaultTitle = placement.defaultTitle();
        this.settings = List.copyOf(placement.settings());
        this.savedArea = placement.area();
        this.savedEnabled = placement.enabled();
        this.title = placement.title();
        this.area = placement.area();
        this.position = placement.position();
        this.enabled = placement.enabled();
        this.values = new LinkedHashMap<>(placement.values());
    }

    WidgetArea savedArea() {
        return savedArea;
    }

    boolean savedEnabled() {
        return savedEnabled;
    }

    public String getId() {
        return id;
    }

    public String getPluginId() {
        return pluginId;
    }

    public String getDefaultTitle() {
        return defaultTitle;
    }

    public List<SettingDefinition> getSettings() {
        return settings;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public WidgetArea getArea() {
        return area;
    }

    public void setArea(WidgetArea area) {
        this.area = area;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
