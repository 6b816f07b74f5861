package io.dossier.web.rest.wordpress;

import io.dossier.core.support.Slice;
import io.dossier.core.text.JsonFactories;
import io.dossier.web.rest.PageLinks;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * WordPress's paging answer: {@code X-WP-Total}, {@code X-WP-TotalPages}, {@code Link}, and
 * {@code rest_post_invalid_page_number} past the last page; {@code page} and {@code per_page} (at
 * most {@link #MAX_PER_PAGE}) are checked with the other arguments by {@link WpArgs}.
 */
final class WpPaging {

    static final int MAX_PER_PAGE = 100;

    private WpPaging() {}

    static <T> Response list(Slice<T> slice, Function<T, JsonObject> json, UriInfo uri) {
        if (slice.page() > 1 && slice.items().isEmpty()) {
            throw new WpError(
                    "rest_post_invalid_page_number",
                    "The page number requested is larger than the number of pages available.",
                    400);
        }
        JsonArrayBuilder items = JsonFactories.BUILDERS.createArrayBuilder();
        slice.items().forEach(item -> items.add(json.apply(item)));
        Response.ResponseBuilder response = Response.ok(items.build())
                .header("X-WP-Total", slice.total())
                .header("X-WP-TotalPages", slice.totalPages());
        PageLinks.of(slice, uri).ifPresent(links -> response.header("Link", links));
        return response.build();
    }
}
