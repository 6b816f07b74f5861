package io.dossier.admin.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** A PrimeFaces tree, all expanded, from rows that name their parent; siblings keep the rows' order. */
public final class Trees {

    private Trees() {}

    /** The invisible root; a row whose parent is missing hangs at the top level. */
    public static <T> TreeNode<T> of(List<T> rows, Function<T, Long> id, Function<T, Long> parentId) {
        TreeNode<T> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<T>> nodes = new HashMap<>();
        rows.forEach(row -> nodes.put(id.apply(row), new DefaultTreeNode<>(row)));
        for (T row : rows) {
            TreeNode<T> node = nodes.get(id.apply(row));
            Long parent = parentId.apply(row);
            (parent == null ? root : nodes.getOrDefault(parent, root))
                    .getChildren()
                    .add(node);
            node.setExpanded(true);
        }
        return root;
    }
}
