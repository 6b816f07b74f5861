package io.dossier.core.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A syndication format (RSS 2.0, Atom, JSON Feed, …). Dossier serves it for the whole site and
 * for every list at {@code <list>/feed/<name>/} ({@code <list>/feed/} for the default name ""),
 * adds autodiscovery links to every page, and answers conditional requests itself.
 *
 * @since 1.0
 */
public interface FeedFormat extends Extension {

    /** The path segment after {@code /feed/}: "" for the site's default format. @since 1.0 */
    String name();

    /** What to call it in autodiscovery links, e.g. "RSS". @since 1.0 */
    String label();

    /** The response's media type, e.g. "application/rss+xml". @since 1.0 */
    String mediaType();

    /** Writes {@code context.feed()} in UTF-8. @since 1.0 */
    void write(FeedContext context, OutputStream out) throws IOException;
}
