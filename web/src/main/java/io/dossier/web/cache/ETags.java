package io.dossier.web.cache;

import java.util.Arrays;

/** If-None-Match as RFC 9110 reads it: "*", or a list of tags compared weakly (a W/ prefix does not count). */
public final class ETags {

    private ETags() {}

    /** Whether the client's {@code If-None-Match} (null when absent) names {@code etag}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = opaque(etag);
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(ETags::opaque).anyMatch(wanted::equals);
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        return t.startsWith("W/") ? t.substring(2) : t;
    }
}
