package io.dossier.core.spi;

import java.util.Map;

/**
 * What a feed format writes: the feed and the owner's values for the format's settings.
 *
 * @since 1.0
 */
public record FeedContext(FeedDocument feed, Map<String, String> settings) {

    /** A boolean setting, {@code fallback} when it is missing. @since 1.0 */
    public boolean flag(String key, boolean fallback) {
        String value = settings.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value.strip());
    }
}
