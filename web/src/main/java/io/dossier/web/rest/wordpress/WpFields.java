package io.dossier.web.rest.wordpress;

import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WordPress's {@code _fields}: only the named fields of each item, nested ones by dots
 * ({@code _fields=id,title.rendered}); {@code _links} and {@code _embedded} only when named too.
 * No {@code _fields}: the whole item.
 */
final class WpFields {

    /** A requested field: named whole, or only some of its parts. */
    private static final class Tree {
        final Map<String, Tree> children = new HashMap<>();
        boolean whole;
    }

    private final Tree requested;

    private WpFields(Tree requested) {
        this.requested = requested;
    }

    static WpFields of(Map<String, List<String>> query) {
        List<String> paths = Stream.concat(
                        query.getOrDefault("_fields", List.of()).stream(),
                        query.getOrDefault("_fields[]", List.of()).stream())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
        if (paths.isEmpty()) {
            return new WpFields(null);
        }
        Tree root = new Tree();
        for (String path : paths) {
            Tree node = root;
            for (String part : path.split("\\.")) {
                node = node.children.computeIfAbsent(part, k -> new Tree());
            }
            node.whole = true; // "title" and "title.rendered": all of title
        }
        return new WpFields(root);
    }

    JsonObject apply(JsonObject item) {
        return requested == null ? item : keep(item, requested);
    }

    private static JsonObject keep(JsonObject object, Tree wanted) {
        JsonObjectBuilder kept = JsonFactories.BUILDERS.createObjectBuilder();
        wanted.children.forEach((name, part) -> {
            JsonValue value = object.get(name);
            if (value == null) {
                return;
            }
            if (part.whole || value.getValueType() != JsonValue.ValueType.OBJECT) {
                kept.add(name, value);
            } else {
                kept.add(name, keep(value.asJsonObject(), part));
            }
        });
        return kept.build();
    }
}
