package io.dossier.plugin.tagcloud;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The most used tags as a cloud in the sidebar, with a link to the full /tags/ page. */
@ApplicationScoped
public class TagCloudWidget implements Widget {

    static final String COUNT = "count";
    static final String DAYS = "days";
    static final List<SettingDefinition> SETTINGS = List.of(
            new SettingDefinition(COUNT, "Number of tags", SettingType.NUMBER, "25", "The most used tags are shown."),
            new SettingDefinition(
                    DAYS, "Only posts of the last … days", SettingType.NUMBER, "0", "0 counts every post."));

    @Override
    public String id() {
        return "tagcloud.cloud";
    }

    @Override
    public int order() {
        return 30;
    }

    /** The seed's sidebar has no cloud: the owner places it. */
    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Tags";
    }

    @Override
    public String fragment() {
        return "/tagcloud/cloud.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return SETTINGS;
    }

    @Override
    public Object model(WidgetContext context) {
        TagCloud cloud = TagCloud.of(context.site()
                .tagCounts(
                        Math.clamp(context.intSetting(COUNT, 25), 1, 100),
                        TagCloud.since(context.intSetting(DAYS, 0), Instant.now())));
        return cloud.tags().isEmpty() ? null : cloud;
    }
}
