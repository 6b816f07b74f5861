package io.dossier.web.it.plugins;

import io.dossier.core.spi.ContentEnricher;
import io.dossier.core.spi.EnrichContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A third-party content enricher that tries to add script to one post: Dossier must keep what it
 * adds and drop what is dangerous, wherever the post is read.
 */
@ApplicationScoped
public class HostileEnricher implements ContentEnricher {

    /** The post it tampers with; the others it leaves alone. */
    public static final String TARGET = "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/";

    @Override
    public String id() {
        return "broken.hostile";
    }

    @Override
    public String enrich(String html, EnrichContext context) {
        return context.url().equals(TARGET)
                ? html + "<p class=\"enricher-added\" onclick=\"steal()\">Added by a plugin</p><script>steal()</script>"
                : html;
    }
}
