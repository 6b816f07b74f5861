package io.dossier.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * A feed: the list it was made from and its newest entries. All URLs are absolute.
 *
 * @param title       e.g. "Lobby Ledger » News"
 * @param description the site's tagline
 * @param siteUrl     the list's page ("https://example.org/category/news/")
 * @param feedUrl     this feed's own URL
 * @param language    BCP 47 tag, e.g. "en"
 * @param updated     when the newest entry changed
 * @param entries     newest first
 * @param hubUrl      the WebSub hub subscribers may use, or null (added before 1.0 was released; the
 *                    shorter constructor keeps plugins that build feeds compiling)
 * @since 1.0
 */
public record FeedDocument(
        String title,
        String description,
        String siteUrl,
        String feedUrl,
        String language,
        Instant updated,
        List<FeedEntry> entries,
        String hubUrl) {

    /** A feed without a WebSub hub, as API 1.0 made them. */
    public FeedDocument(
            String title,
            String description,
            String siteUrl,
            String feedUrl,
            String language,
            Instant updated,
            List<FeedEntry> entries) {
        this(title, description, siteUrl, feedUrl, language, updated, entries, null);
    }
}
