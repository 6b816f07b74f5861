package io.dossier.plugin.widgets;

import io.dossier.core.spi.NamedLink;
import io.dossier.core.spi.SettingDefinition;
import io.dossier.core.spi.SettingType;
import io.dossier.core.spi.Widget;
import io.dossier.core.spi.WidgetContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A curated list of links, one "Label | https://url" per line. Off until the owner places it. */
@ApplicationScoped
public class LinksWidget implements Widget {

    static final String LINKS = "links";
    private static final Pattern SAFE_URL = Pattern.compile("(https?://|/)[^\\s\"<>]*");

    @Override
    public String id() {
        return "widgets.links";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean enabledByDefault() {
        return false;
    }

    @Override
    public String title() {
        return "Links";
    }

    @Override
    public String fragment() {
        return "/dossier-widgets/links.xhtml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(new SettingDefinition(
                LINKS, "Links", SettingType.TEXTAREA, "", "One per line: Label | https://example.org/"));
    }

    @Override
    public Object model(WidgetContext context) {
        List<NamedLink> links = parse(context.settings().getOrDefault(LINKS, ""));
        return links.isEmpty() ? null : links;
    }

    /** Lines without a label, or with a URL that is not http(s) or site-relative, are left out. */
    static List<NamedLink> parse(String text) {
        List<NamedLink> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int bar = line.lastIndexOf('|');
            if (bar > 0) {
                String label = line.substring(0, bar).strip();
                String url = line.substring(bar + 1).strip();
                if (!label.isEmpty() && SAFE_URL.matcher(url).matches()) {
                    links.add(new NamedLink(label, url));
                }
            }
        }
        return List.copyOf(links);
    }
}
