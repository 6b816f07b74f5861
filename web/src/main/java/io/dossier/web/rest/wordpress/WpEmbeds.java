package io.dossier.web.rest.wordpress;

import io.dossier.core.query.ApiQueries;
import io.dossier.core.query.ApiQueries.ApiAuthor;
import io.dossier.core.query.ApiQueries.ApiPage;
import io.dossier.core.query.ApiQueries.ApiPost;
import io.dossier.core.query.ApiQueries.ApiTerm;
import io.dossier.core.query.TermQuery;
import io.dossier.core.support.Slice;
import io.dossier.core.text.JsonFactories;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * WordPress's {@code _embed}: each post's author and terms (each page's author and parent) inside
 * the item, as {@code _embedded.author}, {@code _embedded["wp:term"]} (categories, then tags) and
 * {@code _embedded.up}, so a front-end needs no request per item. Read once for the whole page of
 * items: one query for the authors, one per taxonomy, two for the parents. {@code _embed=author}
 * (or {@code wp:term}, {@code up}) embeds only those.
 */
final class WpEmbeds {

    static final String AUTHOR = "author";
    static final String TERMS = "wp:term";
    static final String UP = "up";

    private final Set<String> wanted;

    private WpEmbeds(Set<String> wanted) {
        this.wanted = wanted;
    }

    /** What the query asks to embed, if anything: any {@code _embed} value but a list of relations embeds all. */
    static Optional<WpEmbeds> of(Map<String, List<String>> query) {
        List<String> given = query.get("_embed");
        if (given == null) {
            return Optional.empty();
        }
        Set<String> named = given.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> v.equals(AUTHOR) || v.equals(TERMS) || v.equals(UP))
                .collect(Collectors.toSet());
        return Optional.of(new WpEmbeds(named.isEmpty() ? Set.of(AUTHOR, TERMS, UP) : named));
    }

    /** Each post's {@code _embedded}, by post id. */
    Map<Long, JsonObject> posts(List<ApiPost> posts, ApiQueries api, WpJson json) {
        Map<Long, JsonObject> authors = authors(posts.stream().map(ApiPost::authorId), api, json);
        Map<Long, JsonObject> categories = Map.of();
        Map<Long, JsonObject> tags = Map.of();
        if (wanted.contains(TERMS)) {
            categories = terms(posts.stream().flatMap(p -> p.categoryIds().stream()), api::categories, json::category);
            tags = terms(posts.stream().flatMap(p -> p.tagIds().stream()), api::tags, json::tag);
        }
        Map<Long, JsonObject> embedded = new HashMap<>();
        for (ApiPost post : posts) {
            JsonObjectBuilder item = JsonFactories.BUILDERS.createObjectBuilder();
            author(item, authors.get(post.authorId()));
            if (wanted.contains(TERMS)) {
                item.add(
                        TERMS,
                        JsonFactories.BUILDERS
                                .createArrayBuilder()
                                .add(present(post.categoryIds(), categories))
                                .add(present(post.tagIds(), tags)));
            }
            embedded.put(post.id(), item.build());
        }
        return embedded;
    }

    /** Each page's {@code _embedded} (its author, and its parent as {@code up}), by page id. */
    Map<Long, JsonObject> pages(List<ApiPage> pages, ApiQueries api, WpJson json) {
        Map<Long, JsonObject> authors = authors(pages.stream().map(ApiPage::authorId), api, json);
        Map<Long, JsonObject> parents = wanted.contains(UP)
                ? api
                        .pages(pages.stream()
                                .map(ApiPage::parentId)
                                .filter(id -> id > 0)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ApiPage::id, parent -> json.page(parent, null)))
                : Map.of();
        Map<Long, JsonObject> embedded = new HashMap<>();
        for (ApiPage page : pages) {
            JsonObjectBuilder item = JsonFactories.BUILDERS.createObjectBuilder();
            author(item, authors.get(page.authorId()));
            JsonObject parent = parents.get(page.parentId());
            if (parent != null) {
                item.add(UP, JsonFactories.BUILDERS.createArrayBuilder().add(parent));
            }
            embedded.put(page.id(), item.build());
        }
        return embedded;
    }

    /** {@code item} with its {@code _embedded} added. */
    static JsonObject with(JsonObject item, JsonObject embedded) {
        return embedded == null
                ? item
                : JsonFactories.BUILDERS
                        .createObjectBuilder(item)
                        .add("_embedded", embedded)
                        .build();
    }

    private Map<Long, JsonObject> authors(Stream<Long> ids, ApiQueries api, WpJson json) {
        if (!wanted.contains(AUTHOR)) {
            return Map.of();
        }
        return api.authors(ids.distinct().toList()).stream().collect(Collectors.toMap(ApiAuthor::id, json::user));
    }

    private void author(JsonObjectBuilder item, JsonObject author) {
        if (wanted.contains(AUTHOR) && author != null) { // an author with no public post is not public
            item.add(AUTHOR, JsonFactories.BUILDERS.createArrayBuilder().add(author));
        }
    }

    private static Map<Long, JsonObject> terms(
            Stream<Long> ids, Function<TermQuery, Slice<ApiTerm>> read, Function<ApiTerm, JsonObject> shape) {
        List<Long> distinct = List.copyOf(ids.collect(Collectors.toCollection(LinkedHashSet::new)));
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return read.apply(TermQuery.ofIds(distinct)).items().stream().collect(Collectors.toMap(ApiTerm::id, shape));
    }

    private static JsonArrayBuilder present(List<Long> ids, Map<Long, JsonObject> terms) {
        JsonArrayBuilder array = JsonFactories.BUILDERS.createArrayBuilder();
        ids.stream().map(terms::get).filter(t -> t != null).forEach(array::add);
        return array;
    }
}
