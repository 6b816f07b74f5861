package io.dossier.plugin.tagcloud;

import io.dossier.core.spi.PluginPage;
import io.dossier.core.spi.PluginPageContent;
import io.dossier.core.spi.PluginPageRequest;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** {@code /tags/}: every tag in use, as a cloud. */
@ApplicationScoped
public class TagsPage implements PluginPage {

    static final String LIMIT = "limit";

    @Override
    public String id() {
        return "tagcloud.page";
    }

    @Override
    public String segment() {
        return "tags";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(LIMIT, "Number of tags", SettingType.NUMBER, "500", null));
    }

    @Override
    public Optional<PluginPageContent> render(PluginPageRequest request) {
        if (!request.rest().isEmpty() || request.page() > 1) {
            return Optional.empty();
        }
        int limit;
        try {
            limit = Math.clamp(
                    Integer.parseInt(
                            request.settings().getOrDefault(LIMIT, "500").strip()),
                    1,
                    500);
        } catch (NumberFormatException e) {
            limit = 500;
        }
        TagCloud cloud = TagCloud.of(request.site().tagCounts(limit, null));
        return Optional.of(new PluginPageContent(
                "Tags", "Every tag used on this site, by how often it is used.", "/tagcloud/cloud.xhtml", cloud));
    }
}
