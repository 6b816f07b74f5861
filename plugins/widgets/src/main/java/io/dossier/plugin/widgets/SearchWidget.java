package io.dossier.plugin.widgets;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;

/** A search box: a plain GET form, so readers still get no session. Off until the owner places it. */
@ApplicationScoped
public class SearchWidget implements Widget {

    @Override
    public String id() {
        return "widgets.search";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Search";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/search.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        return id();
    }
}
