package io.dossier.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private final CategoryTree tree = new CategoryTree(List.of(
            new CategoryTree.Node(1, "news", "News", null),
            new CategoryTree.Node(2, "world", "World", 1L),
            new CategoryTree.Node(3, "europe", "Europe", 2L),
            new CategoryTree.Node(4, "blog", "Blog", null)));

    @Test
    void urlsNameEveryAncestor() {
        assertEquals("/category/news/world/europe/", tree.url(3));
        assertEquals("/category/blog/", tree.url(4));
    }

    @Test
    void anArchiveCoversTheCategoryAndAllBelowIt() {
        assertEquals(Set.of(1L, 2L, 3L), tree.selfAndDescendants(1));
        assertEquals(Set.of(4L), tree.selfAndDescendants(4));
    }

    @Test
    void aParentLoopCannotHangTheSite() {
        CategoryTree loop = new CategoryTree(
                List.of(new CategoryTree.Node(1, "a", "A", 2L), new CategoryTree.Node(2, "b", "B", 1L)));
        assertEquals("/category/a/b/", loop.url(2));
        assertEquals(Set.of(1L, 2L), loop.selfAndDescendants(1));
    }
}
