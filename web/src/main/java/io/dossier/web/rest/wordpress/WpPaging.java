package io.dossier.web.rest.wordpress;

import io.dossier.core.support.Slice;
import io.dossier.core.text.JsonFactories;
import io.dossier.web.rest.PageLinks;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/** WordPress's paging: {@code page} and {@code per_page} (at most 100), {@code X-WP-Total}, {@code X-WP-TotalPages}, {@code Link}. */
final class WpPaging {

    static final int MAX_PER_PAGE = 100;

    private WpPaging() {}

    static void check(int page, int perPage) {
        if (page < 1) {
            throw WpError.invalidParam("page", "rest_out_of_bounds", "page must be greater than or equal to 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw WpError.invalidParam(
                    "per_page", "rest_out_of_bounds", "per_page must be between 1 (inclusive) and 100 (inclusive)");
        }
    }

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
