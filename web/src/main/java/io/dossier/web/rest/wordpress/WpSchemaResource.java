package io.dossier.web.rest.wordpress;

import io.dossier.core.text.JsonFactories;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * What the content is made of, as WordPress describes it to clients that build their screens from
 * it: {@code /types} (posts and pages), {@code /taxonomies} (categories and tags, {@code type}
 * narrows them to a post type) and {@code /statuses} (readers see published content only).
 */
@Path("wp/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WpSchemaResource extends WpResource {

    /** A post type: its name, slug, whether it nests, its taxonomies and its collection. */
    private record Type(String name, String slug, boolean hierarchical, List<String> taxonomies, String restBase) {}

    /** A taxonomy: its name, slug, whether it nests, the types it files and its collection. */
    private record Taxonomy(String name, String slug, boolean hierarchical, List<String> types, String restBase) {}

    private static final List<Type> TYPES = List.of(
            new Type("Posts", "post", false, List.of("category", "post_tag"), "posts"),
            new Type("Pages", "page", true, List.of(), "pages"));

    private static final List<Taxonomy> TAXONOMIES = List.of(
            new Taxonomy("Categories", "category", true, List.of("post"), "categories"),
            new Taxonomy("Tags", "post_tag", false, List.of("post"), "tags"));

    @GET
    @Path("types")
    public JsonObject types() {
        JsonObjectBuilder all = JsonFactories.BUILDERS.createObjectBuilder();
        TYPES.forEach(t -> all.add(t.slug(), fields(type(t))));
        return all.build();
    }

    @GET
    @Path("types/{type}")
    public JsonObject type(@PathParam("type") String slug) {
        return TYPES.stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .map(t -> fields(type(t)))
                .orElseThrow(() -> new WpError("rest_type_invalid", "Invalid post type.", 404));
    }

    @GET
    @Path("taxonomies")
    public JsonObject taxonomies(@QueryParam("type") String type) {
        JsonObjectBuilder all = JsonFactories.BUILDERS.createObjectBuilder();
        TAXONOMIES.stream()
                .filter(t -> type == null || type.isBlank() || t.types().contains(type.strip()))
                .forEach(t -> all.add(t.slug(), fields(taxonomy(t))));
        return all.build();
    }

    @GET
    @Path("taxonomies/{taxonomy}")
    public JsonObject taxonomy(@PathParam("taxonomy") String slug) {
        return TAXONOMIES.stream()
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .map(t -> fields(taxonomy(t)))
                .orElseThrow(() -> new WpError("rest_taxonomy_invalid", "Invalid taxonomy.", 404));
    }

    @GET
    @Path("statuses")
    public JsonObject statuses() {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("publish", fields(published()))
                .build();
    }

    @GET
    @Path("statuses/{status}")
    public JsonObject status(@PathParam("status") String status) {
        if (!status.equals("publish")) {
            throw new WpError("rest_status_invalid", "Invalid status.", 404);
        }
        return fields(published());
    }

    private JsonObject type(Type t) {
        WpJson json = json();
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("description", "")
                .add("hierarchical", t.hierarchical())
                .add("has_archive", false)
                .add("name", t.name())
                .add("slug", t.slug())
                .add("taxonomies", strings(t.taxonomies()))
                .add("rest_base", t.restBase())
                .add("rest_namespace", WpRoutes.NAMESPACE)
                .add("_links", links(Map.of("collection", json.api("types"), "wp:items", json.api(t.restBase()))))
                .build();
    }

    private JsonObject taxonomy(Taxonomy t) {
        WpJson json = json();
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("name", t.name())
                .add("slug", t.slug())
                .add("description", "")
                .add("types", strings(t.types()))
                .add("hierarchical", t.hierarchical())
                .add("rest_base", t.restBase())
                .add("rest_namespace", WpRoutes.NAMESPACE)
                .add("_links", links(Map.of("collection", json.api("taxonomies"), "wp:items", json.api(t.restBase()))))
                .build();
    }

    private JsonObject published() {
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("name", "Published")
                .add("private", false)
                .add("protected", false)
                .add("public", true)
                .add("queryable", true)
                .add("show_in_list", true)
                .add("slug", "publish")
                .add("date_floating", false)
                .add("_links", links(Map.of("archives", json().api("posts"))))
                .build();
    }

    private static JsonObjectBuilder links(Map<String, String> hrefs) {
        JsonObjectBuilder links = JsonFactories.BUILDERS.createObjectBuilder();
        hrefs.forEach((rel, href) -> links.add(
                rel,
                JsonFactories.BUILDERS
                        .createArrayBuilder()
                        .add(JsonFactories.BUILDERS.createObjectBuilder().add("href", href))));
        return links;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
