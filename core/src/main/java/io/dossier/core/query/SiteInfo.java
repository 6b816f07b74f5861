package io.dossier.core.query;

import java.time.ZoneId;

/** Site-wide settings as views need them; {@code footerText} has "{year}" already filled in. */
public record SiteInfo(String title, String tagline, String footerText, int postsPerPage, ZoneId zone,
                       String baseUrl) {
}
