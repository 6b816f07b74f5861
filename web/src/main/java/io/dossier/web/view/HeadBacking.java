package io.dossier.web.view;

import io.dossier.core.plugin.Active;
import io.dossier.core.plugin.PluginRegistry;
import io.dossier.core.spi.HeadContribution;
import io.dossier.core.spi.HeadContributor;
import io.dossier.core.spi.PageContext;
import io.dossier.core.spi.SiteReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code <meta>} and {@code <link>} elements that plugins add to the page's head. Only those two
 * elements exist here, names and rels are checked, and every value is escaped by the view.
 */
@Named("head")
@RequestScoped
public class HeadBacking {

    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z][a-zA-Z0-9:._-]{0,63}");
    private static final Pattern SAFE_HREF = Pattern.compile("(https?://|/)[^\\s\"<>]*");

    @Inject
    PluginRegistry registry;
    @Inject
    SiteReader site;
    @Inject
    WidgetsBacking widgets;

    private List<HeadContribution.Meta> meta;
    private List<HeadContribution.LinkElement> links;

    public List<HeadContribution.Meta> getMeta() {
        collect();
        return meta;
    }

    public List<HeadContribution.LinkElement> getLinks() {
        collect();
        return links;
    }

    private void collect() {
        if (meta != null) {
            return;
        }
        meta = new ArrayList<>();
        links = new ArrayList<>();
        PageContext page = widgets.page(); // here, on the request's thread: plugin calls run on others
        for (Active<HeadContributor> contributor : registry.active(HeadContributor.class)) {
            registry.guarded(contributor.id(), () -> contributor.extension().contribute(page, site))
                    .ifPresent(c -> {
                        c.meta().stream().filter(m -> m.name() != null && TOKEN.matcher(m.name()).matches() && m.content() != null)
                                .forEach(meta::add);
                        c.links().stream().filter(l -> l.rel() != null && TOKEN.matcher(l.rel()).matches()
                                        && l.href() != null && SAFE_HREF.matcher(l.href()).matches())
                                .forEach(links::add);
                    });
        }
    }
}
