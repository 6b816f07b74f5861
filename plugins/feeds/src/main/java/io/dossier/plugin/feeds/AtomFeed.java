package io.dossier.plugin.feeds;

import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Atom 1.0 (RFC 4287) at {@code /feed/atom/}. */
@ApplicationScoped
public class AtomFeed implements FeedFormat {

    @Override
    public String id() {
        return "feeds.atom";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "atom";
    }

    @Override
    public String label() {
        return "Atom";
    }

    @Override
    public String mediaType() {
        return "application/atom+xml";
    }

    @Override
    public List<SettingDefinition> settings() {
        return Syndication.SETTINGS;
    }

    @Override
    public void write(FeedContext context, OutputStream out) throws IOException {
        Syndication.write("atom_1.0", context, out);
    }
}
