package io.dossier.plugin.people;

import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.ProfileCard;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetArea;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** "People in this article": small profile cards under a post, byline first. */
@ApplicationScoped
public class PeopleInArticleWidget implements Widget {

    @Override
    public String id() {
        return "people.in-article";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public WidgetArea defaultArea() {
        return WidgetArea.AFTER_POST;
    }

    @Override
    public String title() {
        return "People in this article";
    }

    @Override
    public String fragment() {
        return "/people/cards.xhtml";
    }

    @Override
    public Object model(WidgetContext context) {
        if (context.page().kind() != PageContext.Kind.POST || context.page().postId() == null) {
            return null;
        }
        List<ProfileCard> people = context.site().peopleInPost(context.page().postId());
        return people.isEmpty() ? null : people;
    }
}
