package io.dossier.web.rest.wordpress;

import io.dossier.core.query.SiteInfo;
import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

/**
 * The API's index, {@code /wp-json/}, and its namespace's, {@code /wp-json/wp/v2}, in WordPress's
 * shape: the site's name and address and every route of {@link WpRoutes} with its arguments, which
 * is where discovering clients start. Links are absolute to {@code origin}, the site's address.
 */
final class WpIndex {

    private final String origin;

    WpIndex(String origin) {
        this.origin = origin;
    }

    JsonObject site(SiteInfo info) {
        int offset = info.zone().getRules().getOffset(Instant.now()).getTotalSeconds();
        JsonObjectBuilder json = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("name", info.title())
                .add("description", info.tagline() == null ? "" : info.tagline())
                .add("url", origin)
                .add("home", origin);
        if (offset % 3600 == 0) {
            json.add("gmt_offset", offset / 3600);
        } else {
            json.add("gmt_offset", offset / 3600.0);
        }
        return json.add(
                        "timezone_string",
                        info.zone() instanceof ZoneOffset ? "" : info.zone().getId())
                .add("namespaces", strings(WpRoutes.namespaces()))
                .add("authentication", JsonFactories.BUILDERS.createArrayBuilder())
                .add("routes", routes(route -> true))
                .add("_links", links("help", "https://developer.wordpress.org/rest-api/"))
                .build();
    }

    JsonObject namespace() {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("namespace", WpRoutes.NAMESPACE)
                .add("routes", routes(route -> route.namespace().equals(WpRoutes.NAMESPACE)))
                .add("_links", links("up", api("/")))
                .build();
    }

    private JsonObjectBuilder routes(Predicate<WpRoutes.Route> which) {
        JsonObjectBuilder routes = JsonFactories.BUILDERS.createObjectBuilder();
        WpRoutes.ALL.stream().filter(which).forEach(route -> {
            JsonObjectBuilder args = JsonFactories.BUILDERS.createObjectBuilder();
            route.args().forEach(arg -> args.add(arg.name(), arg(arg)));
            JsonObjectBuilder json = JsonFactories.BUILDERS
                    .createObjectBuilder()
                    .add("namespace", route.namespace())
                    .add("methods", strings(List.of("GET")))
                    .add(
                            "endpoints",
                            JsonFactories.BUILDERS
                                    .createArrayBuilder()
                                    .add(JsonFactories.BUILDERS
                                            .createObjectBuilder()
                                            .add("methods", strings(List.of("GET")))
                                            .add("args", args)));
            if (route.concrete()) {
                json.add("_links", links("self", api(route.path())));
            }
            routes.add(route.path(), json);
        });
        return routes;
    }

    private static JsonObjectBuilder arg(WpRoutes.Arg arg) {
        JsonObjectBuilder json = JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("description", arg.description())
                .add("type", arg.type());
        if (arg.items() != null) {
            json.add("items", JsonFactories.BUILDERS.createObjectBuilder().add("type", arg.items()));
        }
        switch (arg.byDefault()) {
            case null -> {}
            case Integer n -> json.add("default", n);
            case Boolean b -> json.add("default", b);
            case Object other -> json.add("default", other.toString());
        }
        if (!arg.choices().isEmpty()) {
            json.add("enum", strings(arg.choices()));
        }
        if (arg.format() != null) {
            json.add("format", arg.format());
        }
        if (arg.minimum() != null) {
            json.add("minimum", arg.minimum());
        }
        if (arg.maximum() != null) {
            json.add("maximum", arg.maximum());
        }
        return json.add("required", false);
    }

    /** An absolute address inside the API; {@code route} starts with a slash. */
    private String api(String route) {
        return origin + "/wp-json" + route;
    }

    private static JsonObjectBuilder links(String rel, String href) {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add(
                        rel,
                        JsonFactories.BUILDERS
                                .createArrayBuilder()
                                .add(JsonFactories.BUILDERS
                                        .createObjectBuilder()
                                        .add("href", href)));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
