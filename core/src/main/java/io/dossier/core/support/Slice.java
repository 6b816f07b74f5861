package io.dossier.core.support;

import java.util.List;

/** One page of a longer list, with what pagination links need. */
public record Slice<T>(List<T> items, int page, int pageSize, long total) {

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
