package io.dossier.web.it.plugins;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A widget slower than the plugin time limit, even the first call's (a plugin waiting on a slow network service). */
@ApplicationScoped
public class SlowWidget implements Widget {

    @Override
    public String id() {
        return "broken.slow";
    }

    @Override
    public String title() {
        return "Slow box";
    }

    @Override
    public String fragment() {
        return "/broken/slow.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "too late";
    }
}
