package io.dossier.web.view;

import io.dossier.core.query.SiteQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them, in the site's time zone: "June 1, 2016". */
@Named("fmt")
@ApplicationScoped
public class DisplayFormat {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    @Inject
    SiteQueries site;

    public String date(Instant instant) {
        return instant == null ? "" : LONG.format(instant.atZone(site.site().zone()));
    }

    /** For {@code <time datetime>}: ISO-8601 with the site's offset. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.atZone(site.site().zone()));
    }
}
