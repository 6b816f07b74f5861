package io.dossier.plugin.people;

import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.Related;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Related posts under a post, merged from every related-content provider, each saying why. */
@ApplicationScoped
public class RelatedPostsWidget implements Widget {

    static final String COUNT = "count";

    /** A related post and the sentence that says why ("shares Jane Doe, Example Org"). */
    public record RelatedView(String title, String url, String why) {}

    @Override
    public String id() {
        return "people.related";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public WidgetArea defaultArea() {
        return WidgetArea.AFTER_POST;
    }

    @Override
    public String title() {
        return "Related posts";
    }

    @Override
    public String fragment() {
        return "/people/related.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(COUNT, "Number of posts", SettingType.NUMBER, "5", "Between 1 and 20."));
    }

    @Override
    public Object model(WidgetContext context) {
        if (context.page().kind() != PageContext.Kind.POST || context.page().postId() == null) {
            return null;
        }
        List<Related> related =
                context.site().related(context.page().postId(), Math.clamp(context.intSetting(COUNT, 5), 1, 20));
        return related.isEmpty()
                ? null
                : related.stream().map(RelatedPostsWidget::view).toList();
    }

    /** Names the first three things shared; more are summed up with an ellipsis. */
    static RelatedView view(Related related) {
        List<String> shared = related.shared();
        String names =
                String.join(", ", shared.subList(0, Math.min(3, shared.size()))) + (shared.size() > 3 ? ", …" : "");
        return new RelatedView(related.post().title(), related.post().url(), "shares " + names);
    }
}
