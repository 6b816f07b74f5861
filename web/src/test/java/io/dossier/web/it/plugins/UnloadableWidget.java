package io.dossier.web.it.plugins;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A widget whose jar lacks a class it needs ({@link MissingHelper} is left out of the test plugin
 * jar): it fails while Dossier reads its settings, before any page uses it.
 */
@ApplicationScoped
public class UnloadableWidget implements Widget {

    @Override
    public String id() {
        return "broken.unloadable";
    }

    @Override
    public String title() {
        return "Unloadable";
    }

    @Override
    public String fragment() {
        return "/broken/unloadable.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return MissingHelper.settings();
    }

    @Override
    public Object model(WidgetContext context) {
        return "never";
    }
}
