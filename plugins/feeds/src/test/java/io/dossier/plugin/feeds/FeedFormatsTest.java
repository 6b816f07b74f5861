package io.dossier.plugin.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.dossier.core.spi.FeedContext;
import io.dossier.core.spi.FeedDocument;
import io.dossier.core.spi.FeedEntry;
import io.dossier.core.spi.FeedFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each format's output read back by a real parser (ROME for RSS and Atom, JSON-P for JSON Feed). */
class FeedFormatsTest {

    private static final FeedDocument FEED = new FeedDocument(
            "Lobby Ledger » Category: News",
            "Tracking lobbyists",
            "https://ledger.example/category/news/",
            "https://ledger.example/category/news/feed/",
            "en",
            Instant.parse("2016-06-02T10:00:00Z"),
            List.of(new FeedEntry(
                    "urn:uuid:7b0f1c1e-3c44-3d6b-9a33-2f6c0b7f4a11",
                    "Apps & “Data” <Inside>",
                    "https://ledger.example/2016/06/01/apps/",
                    Instant.parse("2016-06-01T13:30:00Z"),
                    Instant.parse("2016-06-02T10:00:00Z"),
                    List.of("Nadia Ferre", "Ruth Lindqvist"),
                    List.of("Blog", "News"),
                    "The regime issues demands.",
                    "<p>The regime issues <a href=\"https://ledger.example/about/\">demands</a>.</p>")));

    private static byte[] write(FeedFormat format, Map<String, String> settings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(new FeedContext(FEED, settings), out);
        return out.toByteArray();
    }

    private static SyndFeed parse(byte[] xml) throws Exception {
        return new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
    }

    @Test
    void rssCarriesEverythingAReaderNeeds() throws Exception {
        byte[] xml = write(new RssFeed(), Map.of("fullContent", "true"));
        String text = new String(xml, StandardCharsets.UTF_8);
        SyndFeed feed = parse(xml);
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Lobby Ledger » Category: News", feed.getTitle());
        SyndEntry entry = feed.getEntries().getFirst();
        assertEquals("Apps & “Data” <Inside>", entry.getTitle());
        assertEquals("https://ledger.example/2016/06/01/apps/", entry.getLink());
        assertEquals("urn:uuid:7b0f1c1e-3c44-3d6b-9a33-2f6c0b7f4a11", entry.getUri());
        assertTrue(
                text.contains("<guid isPermaLink=\"false\">urn:uuid:7b0f1c1e-3c44-3d6b-9a33-2f6c0b7f4a11</guid>"),
                text);
        assertEquals(
                Instant.parse("2016-06-01T13:30:00Z"), entry.getPublishedDate().toInstant());
        assertEquals(
                List.of("Blog", "News"),
                entry.getCategories().stream().map(c -> c.getName()).toList());
        assertTrue(text.contains("<content:encoded>"), "full text as content:encoded");
        assertTrue(text.contains("atom:link") && text.contains("rel=\"self\""), "RSS names its own URL");
    }

    @Test
    void summariesOnlyWhenTheOwnerSaysSo() throws Exception {
        String text = new String(write(new RssFeed(), Map.of("fullContent", "false")), StandardCharsets.UTF_8);
        assertFalse(text.contains("content:encoded"));
        assertTrue(text.contains("The regime issues demands."));
    }

    @Test
    void atomHasIdsUpdatedAuthorsAndASelfLink() throws Exception {
        byte[] xml = write(new AtomFeed(), Map.of("fullContent", "true"));
        SyndFeed feed = parse(xml);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("https://ledger.example/category/news/feed/", feed.getUri());
        SyndEntry entry = feed.getEntries().getFirst();
        assertEquals("urn:uuid:7b0f1c1e-3c44-3d6b-9a33-2f6c0b7f4a11", entry.getUri());
        assertEquals(
                Instant.parse("2016-06-02T10:00:00Z"), entry.getUpdatedDate().toInstant());
        assertEquals(
                List.of("Nadia Ferre", "Ruth Lindqvist"),
                entry.getAuthors().stream().map(a -> a.getName()).toList());
        assertTrue(entry.getContents().getFirst().getValue().contains("demands</a>"));
        assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())));
    }

    @Test
    void jsonFeedFollowsVersion11() throws Exception {
        JsonObject json = Json.createReader(
                        new ByteArrayInputStream(write(new JsonFeed(), Map.of("fullContent", "true"))))
                .readObject();
        assertEquals("https://jsonfeed.org/version/1.1", json.getString("version"));
        assertEquals("https://ledger.example/category/news/feed/", json.getString("feed_url"));
        JsonObject item = json.getJsonArray("items").getJsonObject(0);
        assertEquals("urn:uuid:7b0f1c1e-3c44-3d6b-9a33-2f6c0b7f4a11", item.getString("id"));
        assertEquals("2016-06-01T13:30:00Z", item.getString("date_published"));
        assertEquals(
                "Nadia Ferre", item.getJsonArray("authors").getJsonObject(0).getString("name"));
        assertTrue(item.getString("content_html").startsWith("<p>"));
        JsonObject summaries = Json.createReader(
                        new ByteArrayInputStream(write(new JsonFeed(), Map.of("fullContent", "false"))))
                .readObject();
        assertFalse(summaries.getJsonArray("items").getJsonObject(0).containsKey("content_html"));
    }
}
