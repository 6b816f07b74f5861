package io.dossier.plugin.feeds;

import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** RSS 2.0, the default format at {@code /feed/}. */
@ApplicationScoped
public class RssFeed implements FeedFormat {

    @Override
    public String id() {
        return "feeds.rss";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public String label() {
        return "RSS";
    }

    @Override
    public String mediaType() {
        return "application/rss+xml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return Syndication.SETTINGS;
    }

    @Override
    public void write(FeedContext context, OutputStream out) throws IOException {
        Syndication.write("rss_2.0", context, out);
    }
}
