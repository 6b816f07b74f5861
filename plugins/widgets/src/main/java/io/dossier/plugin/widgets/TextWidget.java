package io.dossier.plugin.widgets;

import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Free text or HTML, passed through the site's allow-list. Off until the owner places it. */
@ApplicationScoped
public class TextWidget implements Widget {

    static final String HTML = "html";

    /** What the fragment renders: already sanitized HTML. */
    public record SafeHtml(String html) {}

    @Override
    public String id() {
        return "widgets.text";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/text.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(HTML, "Text (HTML allowed)", SettingType.TEXTAREA, "", null));
    }

    @Override
    public Object model(WidgetContext context) {
        String html = context.settings().getOrDefault(HTML, "");
        return html.isBlank() ? null : new SafeHtml(context.site().safeHtml(html));
    }
}
