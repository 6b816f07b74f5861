package io.dossier.admin.view.frame;

import io.dossier.core.query.SiteQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and sizes as the back office shows them: dates in the site's time zone, to the minute. */
@Named("format")
@ApplicationScoped
public class FormatBacking {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    SiteQueries site;

    /** A file size as people read it: "512 bytes", "48 KB", "2.4 MB". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? "—"
                : DATE_TIME.format(instant.atZone(site.site().zone()));
    }

    /** To the second: for revisions and autosaves, of which there can be several a minute. */
    public String preciseTime(Instant instant) {
        return instant == null
                ? "—"
                : TO_THE_SECOND.format(instant.atZone(site.site().zone()));
    }
}
