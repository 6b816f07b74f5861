package io.dossier.web.rest.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** WordPress's date-time arguments: ISO 8601, with an offset or {@code Z}, or without one in the site's zone. */
final class WpDates {

    private WpDates() {}

    /** The instant {@code value} names, or null when it is not such a date. */
    static Instant parse(String value, ZoneId zone) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
