package io.dossier.core.plugin;

import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentCommitted;
import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.Extension;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.HeadContributor;
import io.dossier.core.spi.PluginApi;
import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.RelatedContentProvider;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installed plugins and their extensions, discovered through CDI and the descriptors on the
 * class path. Every call into plugin code goes through {@link #guarded}: a failure or an
 * over-long call is logged once, yields nothing, and marks the plugin degraded until the
 * settings next change. Settings changes rebuild the catalog without a restart.
 */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @Any
    Instance<Widget> widgets;

    @Inject
    @Any
    Instance<FeedFormat> feedFormats;

    @Inject
    @Any
    Instance<PluginPage> pages;

    @Inject
    @Any
    Instance<ContentEnricher> enrichers;

    @Inject
    @Any
    Instance<RelatedContentProvider> relatedProviders;

    @Inject
    @Any
    Instance<HeadContributor> headContributors;

    @Inject
    PluginSettingsStore settings;

    @Inject
    @ConfigProperty(name = "DOSSIER_PLUGIN_TIME_LIMIT_MS", defaultValue = "500")
    long timeLimitMillis;

    private volatile PluginCatalog catalog;
    /** Extension id to what went wrong, since the last settings change. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    /** Extensions called at least once: their first call may load classes and warm up, so it gets more time. */
    private final Set<String> warmed = ConcurrentHashMap.newKeySet();

    public PluginCatalog catalog() {
        PluginCatalog current = catalog;
        if (current == null) {
            current = PluginCatalog.build(PluginApi.VERSION, descriptors(), extensions(), settings.load());
            catalog = current;
        }
        return current;
    }

    /** Every discovered widget, on or off (for the admin's widget screen). */
    public List<Widget> discoveredWidgets() {
        List<Widget> all = new ArrayList<>();
        widgets.forEach(all::add);
        return all;
    }

    /** Every discovered extension, of every kind. */
    private List<Extension> extensions() {
        List<Extension> all = new ArrayList<>();
        widgets.forEach(all::add);
        feedFormats.forEach(all::add);
        pages.forEach(all::add);
        enrichers.forEach(all::add);
        relatedProviders.forEach(all::add);
        headContributors.forEach(all::add);
        return all;
    }

    /** Any discovered extension with this id, loaded or not. */
    public Optional<Extension> extension(String id) {
        return extensions().stream().filter(e -> id.equals(e.id())).findFirst();
    }

    /** The active plugin page answering the first path segment {@code segment}. */
    public Optional<Active<PluginPage>> page(String segment) {
        return catalog().active(PluginPage.class).stream()
                .filter(p -> guarded(p.id(), () -> p.extension().segment())
                        .map(segment::equals)
                        .orElse(false))
                .findFirst();
    }

    /** Active extensions of a kind, by order then id. */
    public <T extends Extension> List<Active<T>> active(Class<T> kind) {
        return catalog().active(kind);
    }

    public List<ActiveWidget> widgets(WidgetArea area) {
        return catalog().widgets(area);
    }

    /** Every plugin with its state; a loaded plugin whose extension failed shows as degraded. */
    public List<PluginStatus> statuses() {
        List<PluginStatus> result = new ArrayList<>();
        for (PluginStatus p : catalog().plugins()) {
            Optional<String> failure = p.extensions().stream()
                    .map(e -> failures.get(e.id()))
                    .filter(f -> f != null)
                    .findFirst();
            result.add(
                    p.state() == PluginStatus.State.ACTIVE && failure.isPresent()
                            ? new PluginStatus(
                                    p.id(),
                                    p.name(),
                                    p.version(),
                                    p.description(),
                                    p.apiRange(),
                                    PluginStatus.State.DEGRADED,
                                    failure.get(),
                                    p.extensions())
                            : p);
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Runs plugin code; empty when it throws, returns null, or takes longer than the time limit,
     * and from then on until the owner changes the settings (the extension is degraded, so a slow
     * plugin costs one slow page, not every page). Plugin code runs on the request's own thread:
     * the persistence context behind {@code SiteReader} belongs to it (on a pool thread it is
     * closed). A call that never returns is therefore not abandoned; see docs/architecture.md.
     */
    public <T> Optional<T> guarded(String extensionId, Supplier<T> call) {
        if (failures.containsKey(extensionId)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        T result;
        try {
            result = call.get();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            fail(extensionId, "failed: " + e, e);
            return Optional.empty();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long limit = warmed.add(extensionId) ? coldLimitMillis() : timeLimitMillis;
        if (millis > limit) {
            fail(extensionId, "too slow: " + millis + " ms (limit " + limit + " ms)", null);
            return Optional.empty();
        }
        return Optional.ofNullable(result);
    }

    /**
     * The limit for an extension's first call: class loading and a cold JIT (a feed library's first
     * feed on a small machine) must not cost the extension its place until the next settings change.
     */
    long coldLimitMillis() {
        return Math.max(4 * timeLimitMillis, 2_000);
    }

    /** Records a failure; it is logged the first time only, until the settings next change. */
    private void fail(String extensionId, String problem, Throwable cause) {
        if (failures.put(extensionId, problem) == null) {
            LOG.log(
                    Level.WARNING,
                    "Extension " + extensionId + " " + problem + "; it is skipped until its settings change",
                    cause);
        }
    }

    void onCommitted(@Observes @Priority(CommitOrder.PLUGINS) ContentCommitted committed) {
        if (committed.extensionsChanged()) {
            catalog = null;
            failures.clear();
        }
    }

    private static List<PluginCatalog.Found> descriptors() {
        List<PluginCatalog.Found> found = new ArrayList<>();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (URL url : Collections.list(loader.getResources(PluginApi.DESCRIPTOR))) {
                String source = sourceOf(url);
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                    found.add(new PluginCatalog.Found(source, PluginDescriptor.parse(p), null));
                } catch (IOException | IllegalArgumentException e) {
                    found.add(new PluginCatalog.Found(source, null, e.getMessage()));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list plugin descriptors", e);
        }
        return found;
    }

    /** "dossier-plugin-widgets-0.1.0.jar" from a jar URL. */
    private static String sourceOf(URL url) {
        String s = url.toString();
        int bang = s.indexOf("!/");
        String jar = bang > 0 ? s.substring(0, bang) : s;
        return jar.substring(jar.lastIndexOf('/') + 1);
    }
}
