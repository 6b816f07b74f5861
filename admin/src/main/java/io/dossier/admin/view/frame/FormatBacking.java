package io.dossier.admin.view.frame;

import io.dossier.core.query.SiteQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates as the back office shows them: in the site's time zone, to the minute. */
@Named("format")
@ApplicationScoped
public class FormatBacking {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    SiteQueries site;

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(site.site().zone()));
    }
}
