package io.dossier.core.plugin;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import java.util.Map;

/** A widget that is on, where the owner placed it, with its settings resolved. */
public record ActiveWidget(
        Widget widget, String pluginId, String title, WidgetArea area, int position, Map<String, String> settings) {

    public String id() {
        return widget.id();
    }
}
