package io.dossier.core.query;

import java.util.List;

/**
 * Which categories or tags a list shows and in what order, with WordPress's term parameters:
 * only these {@code slugs} or {@code include} ids, not the {@code exclude} ones, names or slugs
 * containing {@code search}, none without public posts ({@code hideEmpty}), children of
 * {@code parent} (0: top level; categories), those of one public {@code post}; sorted by
 * {@code orderBy}, {@code offset} items skipped instead of the pages before {@code page}.
 */
public record TermQuery(
        List<String> slugs,
        List<Long> include,
        List<Long> exclude,
        String search,
        boolean hideEmpty,
        Long parent,
        Long post,
        Order orderBy,
        boolean descending,
        Integer offset,
        int page,
        int perPage) {

    /** WordPress's orderby values for terms; {@code TERM_GROUP} is always 0 here, so it sorts by id. */
    public enum Order {
        ID,
        INCLUDE,
        NAME,
        SLUG,
        INCLUDE_SLUGS,
        TERM_GROUP,
        DESCRIPTION,
        COUNT
    }

    public TermQuery {
        slugs = List.copyOf(slugs);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        search = search == null || search.isBlank() ? null : search.strip();
    }

    /** Every term by name, one page of them. */
    public static TermQuery byName(int page, int perPage) {
        return new TermQuery(
                List.of(), List.of(), List.of(), null, false, null, null, Order.NAME, false, null, page, perPage);
    }

    /** The terms with these ids, all of them, by id. */
    public static TermQuery ofIds(List<Long> ids) {
        return new TermQuery(
                List.of(), ids, List.of(), null, false, null, null, Order.ID, false, null, 1, Math.max(1, ids.size()));
    }

    /** How many items come before the first one listed. */
    int skipped() {
        return offset != null ? Math.max(0, offset) : (page - 1) * perPage;
    }
}
