package io.dossier.plugin.feeds;

import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.SettingDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A format ROME writes: RSS 2.0 or Atom 1.0, differing only in names and ROME's feed type. */
abstract class RomeFeedFormat implements FeedFormat {

    private final String id;
    private final int order;
    private final String name;
    private final String label;
    private final String mediaType;
    private final String romeType;

    RomeFeedFormat(String id, int order, String name, String label, String mediaType, String romeType) {
        this.id = id;
        this.order = order;
        this.name = name;
        this.label = label;
        this.mediaType = mediaType;
        this.romeType = romeType;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public List<SettingDefinition> settings() {
        return Syndication.SETTINGS;
    }

    @Override
    public void write(FeedContext context, OutputStream out) throws IOException {
        Syndication.write(romeType, context, out);
    }
}
