package io.dossier.web.it.plugins;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A third-party widget with a bug: every call fails. Deployed by the IT as its own plugin jar. */
@ApplicationScoped
public class BrokenWidget implements Widget {

    @Override
    public String id() {
        return "broken.box";
    }

    @Override
    public String title() {
        return "Broken box";
    }

    @Override
    public String fragment() {
        return "/broken/box.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        throw new IllegalStateException("this plugin always fails");
    }
}
