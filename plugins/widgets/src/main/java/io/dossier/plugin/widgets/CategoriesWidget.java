package io.dossier.plugin.widgets;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.TermCount;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Every category with its number of posts. Off until the owner places it. */
@ApplicationScoped
public class CategoriesWidget implements Widget {

    /** What the fragment renders. */
    public record Categories(List<TermCount> terms, boolean showCounts) {}

    @Override
    public String id() {
        return "widgets.categories";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Categories";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/categories.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition("counts", "Show post counts", SettingType.BOOLEAN, "true", null));
    }

    @Override
    public Object model(WidgetContext context) {
        return new Categories(
                context.site().categories(), !"false".equals(context.settings().get("counts")));
    }
}
