package io.dossier.plugin.feeds;

import jakarta.enterprise.context.ApplicationScoped;

/** RSS 2.0, the default format at {@code /feed/}. */
@ApplicationScoped
public class RssFeed extends RomeFeedFormat {

    public RssFeed() {
        super("feeds.rss", 10, "", "RSS", "application/rss+xml", "rss_2.0");
    }
}
