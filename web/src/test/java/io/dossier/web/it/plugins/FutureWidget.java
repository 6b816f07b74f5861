package io.dossier.web.it.plugins;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A widget from a plugin written for a future API version: it must not be loaded. */
@ApplicationScoped
public class FutureWidget implements Widget {

    @Override
    public String id() {
        return "future.box";
    }

    @Override
    public String title() {
        return "From the future";
    }

    @Override
    public String fragment() {
        return "/future/box.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        return "should never be shown";
    }
}
