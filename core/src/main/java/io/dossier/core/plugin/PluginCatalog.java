package io.dossier.core.plugin;

import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.Extension;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.HeadContributor;
import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.RelatedContentProvider;
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
    public record Found(String source, PluginDescriptor descriptor, String problem) {}

    private final List<PluginStatus> plugins;
    private final List<ActiveWidget> widgets;
    private final List<Active<?>> active;

    private PluginCatalog(List<PluginStatus> plugins, List<ActiveWidget> widgets, List<Active<?>> active) {
        this.plugins = plugins;
        this.widgets = widgets;
        this.active = active;
    }

    public static PluginCatalog build(
            String apiVersion, List<Found> found, List<? extends Extension> extensions, StoredSettings settings) {
        Map<String, PluginDescriptor> loaded = new LinkedHashMap<>();
        Map<String, PluginStatus.State> states = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        List<PluginStatus> statuses = new ArrayList<>();
        for (Found f :
                found.stream().sorted(Comparator.comparing(Found::source)).toList()) {
            PluginDescriptor d = f.descriptor();
            if (d == null) {
                statuses.add(new PluginStatus(
                        f.source(), f.source(), "-", "", "-", PluginStatus.State.INVALID, f.problem(), List.of()));
            } else if (loaded.containsKey(d.id()) || states.containsKey(d.id())) {
                // Listed under its jar's name: the id belongs to the plugin that was loaded.
                statuses.add(new PluginStatus(
                        f.source(),
                        d.name(),
                        d.version(),
                        d.description(),
                        d.apiRange(),
                        PluginStatus.State.DUPLICATE,
                        "another plugin already has the id " + d.id(),
                        List.of()));
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
        List<Active<?>> active = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> loadFailures = new HashMap<>();
        for (Extension e : extensions.stream()
                .sorted(Comparator.comparing((Extension x) -> x.getClass().getName()))
                .toList()) {
            String id;
            try {
                id = e.id();
            } catch (RuntimeException | LinkageError broken) {
                statuses.add(new PluginStatus(
                        e.getClass().getName(),
                        e.getClass().getName(),
                        "-",
                        "",
                        "-",
                        PluginStatus.State.INVALID,
                        "extension cannot say its id: " + broken,
                        List.of()));
                continue;
            }
            String pluginId = id == null || id.indexOf('.') < 1 ? null : id.substring(0, id.indexOf('.'));
            String kind = kindOf(e);
            String problem = null;
            if (pluginId == null || !states.containsKey(pluginId)) {
                problem = "no plugin descriptor for its id prefix";
            } else if (!seen.add(id)) {
                problem = "duplicate extension id";
            }
            StoredSettings.Extension stored = settings.extensions().get(id);
            boolean enabled;
            Active<?> activated = null;
            ActiveWidget placed = null;
            try {
                enabled = stored == null ? e.enabledByDefault() : stored.enabled();
                if (problem == null && enabled && states.get(pluginId) == PluginStatus.State.ACTIVE) {
                    activated = new Active<>(e, pluginId, Collections.unmodifiableMap(settings(e, stored)));
                    placed = e instanceof Widget w ? place(w, pluginId, stored) : null;
                }
            } catch (RuntimeException | LinkageError broken) {
                // A plugin jar missing a class fails here, not on every page: it is reported and left out.
                enabled = false;
                problem = "failed to load: " + broken;
                if (pluginId != null) {
                    loadFailures.putIfAbsent(pluginId, id + " " + problem);
                }
            }
            if (pluginId != null && states.containsKey(pluginId)) {
                extensionsOf
                        .computeIfAbsent(pluginId, k -> new ArrayList<>())
                        .add(new PluginStatus.ExtensionStatus(id, kind, enabled, problem));
            } else {
                statuses.add(new PluginStatus(
                        String.valueOf(id),
                        e.getClass().getName(),
                        "-",
                        "",
                        "-",
                        PluginStatus.State.INVALID,
                        "extension " + id + ": " + problem,
                        List.of()));
            }
            if (problem == null && activated != null) {
                active.add(activated);
                if (placed != null) {
                    widgets.add(placed);
                }
            }
        }
        for (Map.Entry<String, PluginStatus.State> entry : states.entrySet()) {
            PluginDescriptor d = loaded.get(entry.getKey());
            if (d == null) {
                d = found.stream()
                        .map(Found::descriptor)
                        .filter(x -> x != null && x.id().equals(entry.getKey()))
                        .findFirst()
                        .orElseThrow();
            }
            boolean failed = entry.getValue() == PluginStatus.State.ACTIVE && loadFailures.containsKey(entry.getKey());
            statuses.add(status(
                    d,
                    failed ? PluginStatus.State.DEGRADED : entry.getValue(),
                    failed ? loadFailures.get(entry.getKey()) : reasons.get(entry.getKey()),
                    extensionsOf.getOrDefault(entry.getKey(), List.of())));
        }
        statuses.sort(Comparator.comparing(PluginStatus::id));
        widgets.sort(Comparator.comparing(ActiveWidget::area)
                .thenComparingInt(ActiveWidget::position)
                .thenComparingInt(w -> w.widget().order())
                .thenComparing(ActiveWidget::id));
        active.sort(
                Comparator.comparingInt((Active<?> a) -> a.extension().order()).thenComparing(Active::id));
        return new PluginCatalog(List.copyOf(statuses), List.copyOf(widgets), List.copyOf(active));
    }

    private static String kindOf(Extension e) {
        return switch (e) {
            case Widget w -> "widget";
            case FeedFormat f -> "feed format";
            case PluginPage p -> "page";
            case ContentEnricher c -> "content enricher";
            case RelatedContentProvider r -> "related content";
            case HeadContributor h -> "head contributor";
            default -> "extension";
        };
    }

    private static Map<String, String> settings(Extension e, StoredSettings.Extension stored) {
        return settingValues(e.settings(), stored);
    }

    /** The declared defaults with the owner's stored values over them. */
    static Map<String, String> settingValues(List<SettingDefinition> definitions, StoredSettings.Extension stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition s : definitions) {
            values.put(s.key(), s.defaultValue());
        }
        if (stored != null && stored.config() != null) {
            values.putAll(stored.config());
        }
        return values;
    }

    private static ActiveWidget place(Widget w, String pluginId, StoredSettings.Extension stored) {
        Map<String, String> values = settings(w, stored);
        WidgetArea area = w.defaultArea();
        int position = w.order();
        String title = w.title();
        if (stored != null) {
            area = stored.area() == null ? area : areaOr(stored.area(), area);
            position = stored.position() == null ? position : stored.position();
            title = stored.title() == null || stored.title().isBlank() ? title : stored.title();
        }
        return new ActiveWidget(w, pluginId, title, area, position, Collections.unmodifiableMap(values));
    }

    /** The area stored by name, or {@code fallback} when the name is not an area (any more). */
    static WidgetArea areaOr(String name, WidgetArea fallback) {
        try {
            return WidgetArea.valueOf(name);
        } catch (IllegalArgumentException unknownArea) {
            return fallback;
        }
    }

    private static PluginStatus status(
            PluginDescriptor d,
            PluginStatus.State state,
            String reason,
            List<PluginStatus.ExtensionStatus> extensions) {
        return new PluginStatus(
                d.id(), d.name(), d.version(), d.description(), d.apiRange(), state, reason, List.copyOf(extensions));
    }

    public List<PluginStatus> plugins() {
        return plugins;
    }

    /** Active extensions of a kind (feed formats, …), by order then id. */
    @SuppressWarnings("unchecked")
    public <T extends Extension> List<Active<T>> active(Class<T> kind) {
        return active.stream()
                .filter(a -> kind.isInstance(a.extension()))
                .map(a -> (Active<T>) a)
                .toList();
    }

    /** Active widgets of {@code area}, in display order. */
    public List<ActiveWidget> widgets(WidgetArea area) {
        return widgets.stream().filter(w -> w.area() == area).toList();
    }
}
