package io.dossier.core.query;

import io.dossier.core.url.Permalinks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All categories in memory (sites have tens, not thousands): URL chains and descendant sets
 * are computed here instead of with recursive SQL.
 */
public final class CategoryTree {

    /** One category as stored. */
    public record Node(long id, String slug, String name, Long parentId) {}

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<String, Node> bySlug = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();

    public CategoryTree(List<Node> nodes) {
        for (Node node : nodes) {
            byId.put(node.id(), node);
            bySlug.put(node.slug(), node);
            if (node.parentId() != null) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>())
                        .add(node);
            }
        }
    }

    public Optional<Node> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<Node> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "/category/parent/child/". */
    public String url(long id) {
        List<String> slugs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Node node = byId.get(id); node != null && seen.add(node.id()); node = parentOf(node)) {
            slugs.add(node.slug());
        }
        Collections.reverse(slugs);
        return Permalinks.category(slugs);
    }

    public Link link(long id) {
        Node node = byId.get(id);
        return new Link(node.name(), url(id));
    }

    /** The category and everything below it: a category archive lists posts of its children too. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> ids = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(id));
        while (!queue.isEmpty()) {
            long next = queue.removeLast();
            if (ids.add(next)) {
                children.getOrDefault(next, List.of()).forEach(child -> queue.add(child.id()));
            }
        }
        return ids;
    }

    private Node parentOf(Node node) {
        return node.parentId() == null ? null : byId.get(node.parentId());
    }
}
