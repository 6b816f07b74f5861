package io.dossier.core.plugin;

import static io.dossier.core.plugin.PluginDescriptorTest.descriptor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.spi.WidgetContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginCatalogTest {

    /** A widget as a plugin would write it. */
    record TestWidget(String id, int order, WidgetArea defaultArea, boolean enabledByDefault) implements Widget {
        TestWidget(String id, int order) {
            this(id, order, WidgetArea.SIDEBAR, true);
        }

        @Override
        public String title() {
            return "Title of " + id;
        }

        @Override
        public String fragment() {
            return "/" + id + ".xhtml";
        }

        @Override
        public Object model(WidgetContext context) {
            return id;
        }
    }

    private static PluginCatalog.Found found(PluginDescriptor d) {
        return new PluginCatalog.Found(d.id() + ".jar", d, null);
    }

    private static PluginStatus status(PluginCatalog catalog, String id) {
        return catalog.plugins().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void widgetsAreSortedByPositionThenOrderThenId() {
        PluginCatalog catalog = PluginCatalog.build(
                "1.0",
                List.of(found(descriptor("a", "1.0", "1.x"))),
                List.of(
                        new TestWidget("a.z", 10),
                        new TestWidget("a.y", 10),
                        new TestWidget("a.first", 1),
                        new TestWidget("a.footer", 0, WidgetArea.FOOTER, true)),
                StoredSettings.none());
        assertEquals(
                List.of("a.first", "a.y", "a.z"),
                catalog.widgets(WidgetArea.SIDEBAR).stream()
                        .map(ActiveWidget::id)
                        .toList());
        assertEquals(
                List.of("a.footer"),
                catalog.widgets(WidgetArea.FOOTER).stream()
                        .map(ActiveWidget::id)
                        .toList());
    }

    @Test
    void incompatibleDuplicateAndBrokenPluginsAreReportedNotLoaded() {
        PluginCatalog catalog = PluginCatalog.build(
                "1.0",
                List.of(
                        found(descriptor("ok", "1.0", "1.x")),
                        new PluginCatalog.Found("ok-copy.jar", descriptor("ok", "1.0", "1.x"), null),
                        found(descriptor("future", "2.0", "2.x")),
                        new PluginCatalog.Found("broken.jar", null, "descriptor id \"\" is not a plugin id")),
                List.of(new TestWidget("ok.box", 1), new TestWidget("future.box", 1), new TestWidget("stray.box", 1)),
                StoredSettings.none());
        assertEquals(PluginStatus.State.ACTIVE, status(catalog, "ok").state());
        assertEquals(PluginStatus.State.INCOMPATIBLE, status(catalog, "future").state());
        assertTrue(status(catalog, "future").reason().contains("supports API 2.0 – 2.x"));
        // Jars are taken in name order, as the launcher does: the first one keeps the id.
        assertEquals(PluginStatus.State.DUPLICATE, status(catalog, "ok.jar").state());
        assertEquals(PluginStatus.State.INVALID, status(catalog, "broken.jar").state());
        assertTrue(status(catalog, "stray.box").reason().contains("no plugin descriptor"));
        assertEquals(
                List.of("ok.box"),
                catalog.widgets(WidgetArea.SIDEBAR).stream()
                        .map(ActiveWidget::id)
                        .toList());
    }

    @Test
    void duplicateExtensionIdsKeepTheFirstOnly() {
        PluginCatalog catalog = PluginCatalog.build(
                "1.0",
                List.of(found(descriptor("a", "1.0", null))),
                List.of(new TestWidget("a.box", 1), new TestWidget("a.box", 2)),
                StoredSettings.none());
        assertEquals(1, catalog.widgets(WidgetArea.SIDEBAR).size());
        assertTrue(
                status(catalog, "a").extensions().stream().anyMatch(e -> "duplicate extension id".equals(e.problem())));
    }

    @Test
    void theOwnersSettingsWin() {
        StoredSettings settings = new StoredSettings(
                Map.of("off", false),
                Map.of(
                        "a.moved", new StoredSettings.Extension(true, "FOOTER", 3, "My heading", Map.of("count", "9")),
                        "a.hidden", new StoredSettings.Extension(false, null, null, null, Map.of()),
                        "a.optional", new StoredSettings.Extension(true, null, null, null, Map.of())));
        PluginCatalog catalog = PluginCatalog.build(
                "1.0",
                List.of(found(descriptor("a", "1.0", null)), found(descriptor("off", "1.0", null))),
                List.of(
                        new TestWidget("a.moved", 1),
                        new TestWidget("a.hidden", 1),
                        new TestWidget("a.optional", 1, WidgetArea.SIDEBAR, false),
                        new TestWidget("a.waiting", 1, WidgetArea.SIDEBAR, false),
                        new TestWidget("off.box", 1)),
                settings);
        ActiveWidget moved = catalog.widgets(WidgetArea.FOOTER).getFirst();
        assertEquals("My heading", moved.title());
        assertEquals(3, moved.position());
        assertEquals("9", moved.settings().get("count"));
        assertEquals(
                List.of("a.optional"),
                catalog.widgets(WidgetArea.SIDEBAR).stream()
                        .map(ActiveWidget::id)
                        .toList());
        assertEquals(PluginStatus.State.DISABLED, status(catalog, "off").state());
    }

    @Test
    void anExtensionThatFailsToLoadIsLeftOutAndItsPluginDegraded() {
        PluginCatalog catalog = PluginCatalog.build(
                "1.0",
                List.of(found(descriptor("a", "1.0", null))),
                List.of(new TestWidget("a.fine", 1), new UnloadableWidget()),
                StoredSettings.none());
        assertEquals(
                List.of("a.fine"),
                catalog.widgets(WidgetArea.SIDEBAR).stream()
                        .map(ActiveWidget::id)
                        .toList());
        PluginStatus a = status(catalog, "a");
        assertEquals(PluginStatus.State.DEGRADED, a.state());
        assertTrue(a.reason().startsWith("a.unloadable failed to load: java.lang.NoClassDefFoundError"), a.reason());
    }

    /** Stands for a plugin class whose jar lacks a class it uses. */
    static final class UnloadableWidget implements Widget {
        @Override
        public String id() {
            return "a.unloadable";
        }

        @Override
        public List<SettingDefinition> settings() {
            throw new NoClassDefFoundError("com/example/Missing");
        }

        @Override
        public String title() {
            return "x";
        }

        @Override
        public String fragment() {
            return "/x.xhtml";
        }

        @Override
        public Object model(WidgetContext context) {
            return null;
        }
    }
}
