package io.dossier.plugin.widgets;

import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The sub-pages of a section, headed by the section's own page. On a page it shows the section the
 * page belongs to (its top-level ancestor); elsewhere the section chosen in the settings.
 */
@ApplicationScoped
public class PageMenuWidget implements Widget {

    static final String PAGE = "page";

    /** What the fragment renders. */
    public record PageMenu(NamedLink section, List<NamedLink> pages) {}

    @Override
    public String id() {
        return "widgets.page-menu";
    }

    @Override
    public int order() {
        return 10;
    }

    /** The section's name is the heading, so the area adds none. */
    @Override
    public String title() {
        return "";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/page-menu.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(
                PAGE,
                "Section page (path)",
                SettingType.TEXT,
                "",
                "Path of the page whose sub-pages are listed outside that section, e.g. about/team."));
    }

    @Override
    public Object model(WidgetContext context) {
        PageContext page = context.page();
        String section = page.kind() == PageContext.Kind.PAGE && page.pagePath() != null
                ? topLevel(page.pagePath())
                : context.settings().getOrDefault(PAGE, "").strip();
        if (section.isEmpty()) {
            return null;
        }
        List<NamedLink> pages = context.site().childPages(section);
        Optional<NamedLink> head = context.site().page(section);
        return head.isEmpty() || pages.isEmpty() ? null : new PageMenu(head.get(), pages);
    }

    private static String topLevel(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
