package io.dossier.core.query;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Site-wide settings as views need them; {@code footerText} has "{year}" already filled in;
 * {@code feedItems} is how many posts a feed lists; {@code robotsTxt} the owner's robots.txt, or null;
 * {@code websubHub} the WebSub hub feeds name and publishing pings, or null.
 * {@code baseUrl} the address saved in Settings (read it through core.url.CanonicalAddress, which
 * {@code DOSSIER_BASE_URL} overrides), {@code hostAliases} the other host names saved there.
 * {@code installedAt} (first start) makes the site's permanent ids, such as feed entry GUIDs, unique.
 */
public record SiteInfo(
        String title,
        String tagline,
        String footerText,
        int postsPerPage,
        ZoneId zone,
        String baseUrl,
        Instant installedAt,
        int feedItems,
        String robotsTxt,
        String websubHub,
        String hostAliases) {}
