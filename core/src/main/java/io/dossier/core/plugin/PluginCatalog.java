package io.dossier.core.plugin;

import io.dossier.core.spi.Extension;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable view of the installed plugins: which are loaded and why others are not, and the
 * active widgets sorted by area and position. Built from what was discovered plus the owner's
 * settings; rebuilt whenever those settings change.
 */
public final class PluginCatalog {

    /** A descriptor as found on the class path, or the reason it could not be read. */
    public record Found(String source, PluginDescriptor descriptor, String problem) {
    }

    private final List<PluginStatus> plugins;
    private final List<ActiveWidget> widgets;

    private PluginCatalog(List<PluginStatus> plugins, List<ActiveWidget> widgets) {
        this.plugins = plugins;
        this.widgets = widgets;
    }

    public static PluginCatalog build(String apiVersion, List<Found> found, List<? extends Extension> extensions,
                                      StoredSettings settings) {
        Map<String, PluginDescriptor> loaded = new LinkedHashMap<>();
        Map<String, PluginStatus.State> states = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        List<PluginStatus> statuses = new ArrayList<>();
        for (Found f : found.stream().sorted(Comparator.comparing(Found::source)).toList()) {
            PluginDescriptor d = f.descriptor();
            if (d == null) {
                statuses.add(new PluginStatus(f.source(), f.source(), "-", "", "-", PluginStatus.State.INVALID, f.problem(), List.of()));
            } else if (loaded.containsKey(d.id()) || states.containsKey(d.id())) {
                // Listed under its jar's name: the id belongs to the plugin that was loaded.
                statuses.add(new PluginStatus(f.source(), d.name(), d.version(), d.description(), d.apiRange(),
                        PluginStatus.State.DUPLICATE, "another plugin already has the id " + d.id(), List.of()));
            } else if (!d.supportsApi(apiVersion)) {
                states.put(d.id(), PluginStatus.State.INCOMPATIBLE);
                reasons.put(d.id(), "supports API " + d.apiRange() + ", this Dossier has " + apiVersion);
            } else {
                loaded.put(d.id(), d);
                boolean on = settings.pluginsEnabled().getOrDefault(d.id(), true);
                states.put(d.id(), on ? PluginStatus.State.ACTIVE : PluginStatus.State.DISABLED);
                reasons.put(d.id(), on ? "" : "switched off");
            }
        }

        Map<String, List<PluginStatus.ExtensionStatus>> extensionsOf = new HashMap<>();
        List<ActiveWidget> widgets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Extension e : extensions.stream().sorted(Comparator.comparing((Extension x) -> x.getClass().getName())).toList()) {
            String id = e.id();
            String pluginId = id == null || id.indexOf('.') < 1 ? null : id.substring(0, id.indexOf('.'));
            String kind = e instanceof Widget ? "widget" : e.getClass().getSimpleName();
            String problem = null;
            if (pluginId == null || !states.containsKey(pluginId)) {
                problem = "no plugin descriptor for its id prefix";
            } else if (!seen.add(id)) {
                problem = "duplicate extension id";
            }
            StoredSettings.Extension stored = settings.extensions().get(id);
            boolean enabled = stored == null ? e.enabledByDefault() : stored.enabled();
            if (pluginId != null && states.containsKey(pluginId)) {
                extensionsOf.computeIfAbsent(pluginId, k -> new ArrayList<>())
                        .add(new PluginStatus.ExtensionStatus(id, kind, enabled, problem));
            } else {
                statuses.add(new PluginStatus(String.valueOf(id), e.getClass().getName(), "-", "", "-",
                        PluginStatus.State.INVALID, "extension " + id + ": " + problem, List.of()));
            }
            if (problem == null && enabled && states.get(pluginId) == PluginStatus.State.ACTIVE && e instanceof Widget w) {
                widgets.add(activate(w, pluginId, stored));
            }
        }
        for (Map.Entry<String, PluginStatus.State> entry : states.entrySet()) {
            PluginDescriptor d = loaded.get(entry.getKey());
            if (d == null) {
                d = found.stream().map(Found::descriptor).filter(x -> x != null && x.id().equals(entry.getKey()))
                        .findFirst().orElseThrow();
            }
            statuses.add(status(d, entry.getValue(), reasons.get(entry.getKey()),
                    extensionsOf.getOrDefault(entry.getKey(), List.of())));
        }
        statuses.sort(Comparator.comparing(PluginStatus::id));
        widgets.sort(Comparator.comparing(ActiveWidget::area).thenComparingInt(ActiveWidget::position)
                .thenComparingInt(w -> w.widget().order()).thenComparing(ActiveWidget::id));
        return new PluginCatalog(List.copyOf(statuses), List.copyOf(widgets));
    }

    private static ActiveWidget activate(Widget w, String pluginId, StoredSettings.Extension stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition s : w.settings()) {
            values.put(s.key(), s.defaultValue());
        }
        WidgetArea area = w.defaultArea();
        int position = w.order();
        String title = w.title();
        if (stored != null) {
            values.putAll(stored.config());
            area = stored.area() == null ? area : areaOr(stored.area(), area);
            position = stored.position() == null ? position : stored.position();
            title = stored.title() == null || stored.title().isBlank() ? title : stored.title();
        }
        return new ActiveWidget(w, pluginId, title, area, position, Collections.unmodifiableMap(values));
    }

    private static WidgetArea areaOr(String name, WidgetArea fallback) {
        try {
            return WidgetArea.valueOf(name);
        } catch (IllegalArgumentException unknownArea) {
            return fallback;
        }
    }

    private static PluginStatus status(PluginDescriptor d, PluginStatus.State state, String reason,
                                       List<PluginStatus.ExtensionStatus> extensions) {
        return new PluginStatus(d.id(), d.name(), d.version(), d.description(), d.apiRange(), state, reason,
                List.copyOf(extensions));
    }

    public List<PluginStatus> plugins() {
        return plugins;
    }

    /** Active widgets of {@code area}, in display order. */
    public List<ActiveWidget> widgets(WidgetArea area) {
        return widgets.stream().filter(w -> w.area() == area).toList();
    }
}
