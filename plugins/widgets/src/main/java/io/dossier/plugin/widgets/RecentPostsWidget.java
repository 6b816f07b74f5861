package io.dossier.plugin.widgets;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The newest posts, as in WordPress's "Recent Posts" widget. */
@ApplicationScoped
public class RecentPostsWidget implements Widget {

    static final String COUNT = "count";

    @Override
    public String id() {
        return "widgets.recent-posts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "Recent Posts";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/post-list.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(COUNT, "Number of posts", SettingType.NUMBER, "5", "Between 1 and 20."));
    }

    @Override
    public Object model(WidgetContext context) {
        return context.site().recentPosts(Math.clamp(context.intSetting(COUNT, 5), 1, 20));
    }
}
