package io.dossier.plugin.feeds;

import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedDocument;
import io.dossier.core.spi.FeedEntry;
import io.dossier.core.spi.FeedFormat;
import io.dossier.core.spi.SettingDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.1 (jsonfeed.org) at {@code /feed/json/}. */
@ApplicationScoped
public class JsonFeed implements FeedFormat {

    /** Made once: Json.createGenerator() looks the provider up through the service loader on every call. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    @Override
    public String id() {
        return "feeds.json";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String label() {
        return "JSON Feed";
    }

    @Override
    public String mediaType() {
        return "application/feed+json";
    }

    @Override
    public List<SettingDefinition> settings() {
        return Syndication.SETTINGS;
    }

    @Override
    public void write(FeedContext context, OutputStream out) {
        FeedDocument feed = context.feed();
        boolean full = context.flag(Syndication.FULL_CONTENT, true);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject()
                    .write("version", VERSION)
                    .write("title", feed.title())
                    .write("home_page_url", feed.siteUrl())
                    .write("feed_url", feed.feedUrl())
                    .write("language", feed.language());
            if (feed.description() != null && !feed.description().isBlank()) {
                json.write("description", feed.description());
            }
            if (feed.hubUrl() != null) {
                json.writeStartArray("hubs")
                        .writeStartObject()
                        .write("type", "WebSub")
                        .write("url", feed.hubUrl())
                        .writeEnd()
                        .writeEnd();
            }
            json.writeStartArray("items");
            for (FeedEntry e : feed.entries()) {
                json.writeStartObject()
                        .write("id", e.id())
                        .write("url", e.url())
                        .write("title", e.title())
                        .write("summary", e.summary());
                if (full) {
                    json.write("content_html", e.contentHtml());
                } else {
                    json.write("content_text", e.summary());
                }
                json.write("date_published", DateTimeFormatter.ISO_INSTANT.format(e.published()))
                        .write("date_modified", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                json.writeStartArray("authors");
                e.authors()
                        .forEach(name ->
                                json.writeStartObject().write("name", name).writeEnd());
                json.writeEnd();
                json.writeStartArray("tags");
                e.categories().forEach(json::write);
                json.writeEnd();
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }
}
