package io.dossier.plugin.widgets;

import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Links to every month that has posts, newest first. Off until the owner places it. */
@ApplicationScoped
public class ArchivesWidget implements Widget {

    @Override
    public String id() {
        return "widgets.archives";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Archives";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/archives.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        return context.site().months();
    }
}
