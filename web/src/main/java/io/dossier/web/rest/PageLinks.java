package io.dossier.web.rest;

import io.dossier.core.support.Slice;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code Link} header of a paged list (RFC 8288: rel next and prev), for both APIs. */
public final class PageLinks {

    private PageLinks() {}

    /** The header's value, or empty on a list of one page. */
    public static Optional<String> of(Slice<?> slice, UriInfo uri) {
        List<String> links = new ArrayList<>();
        if (slice.hasNext()) {
            links.add(link(uri, slice.page() + 1, "next"));
        }
        if (slice.hasPrevious()) {
            links.add(link(uri, slice.page() - 1, "prev"));
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links));
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
