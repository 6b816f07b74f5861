package io.dossier.web.rest;

import io.dossier.core.plugin.InvalidSettingException;
import io.dossier.core.support.Slice;
import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How every list of the API answers: {@code page} and {@code per_page} (at most 100) checked with
 * the parameter named, {@code X-Total-Count}, {@code X-Total-Pages} and {@code Link} (next/prev),
 * and {@code fields=id,title} to get only those fields of each item.
 */
final class ApiLists {

    static final int MAX_PER_PAGE = 100;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ApiLists() {}

    static void check(int page, int perPage) {
        if (page < 1) {
            throw new InvalidSettingException("page", "page must be 1 or more");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidSettingException("per_page", "per_page must be between 1 and " + MAX_PER_PAGE);
        }
    }

    /** The page of items as JSON, each through {@code dto}, trimmed to {@code fields} when given. */
    static <T, D> Response list(Slice<T> slice, Function<T, D> dto, String fields, UriInfo uri) {
        List<D> items = slice.items().stream().map(dto).toList();
        Response.ResponseBuilder response = Response.ok(
                        fields == null || fields.isBlank() ? items : sparse(items, fields))
                .header("X-Total-Count", slice.total())
                .header("X-Total-Pages", slice.totalPages());
        PageLinks.of(slice, uri).ifPresent(links -> response.header("Link", links));
        return response.build();
    }

    /** Each item with only the named fields; a name no item has is a mistake worth saying. */
    private static <D> Object sparse(List<D> items, String fields) {
        Set<String> wanted = new LinkedHashSet<>(Arrays.stream(fields.split(","))
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .toList());
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        for (D item : items) {
            JsonObject full = JsonFactories.READERS
                    .createReader(new StringReader(JSONB.toJson(item)))
                    .readObject();
            for (String field : wanted) {
                if (!full.containsKey(field) && !isNullable(item, field)) {
                    throw new InvalidSettingException(
                            "fields",
                            "There is no field \"" + field + "\"; the fields are " + String.join(", ", full.keySet()));
                }
            }
            JsonObjectBuilder kept = JsonFactories.BUILDERS.createObjectBuilder();
            wanted.stream().filter(full::containsKey).forEach(f -> kept.add(f, full.get(f)));
            array.add(kept);
        }
        return array.build();
    }

    /** JSON-B leaves out null fields; a record component of that name still exists. */
    private static boolean isNullable(Object item, String field) {
        return item.getClass().isRecord()
                && Arrays.stream(item.getClass().getRecordComponents())
                        .anyMatch(c -> c.getName().equals(field));
    }
}
