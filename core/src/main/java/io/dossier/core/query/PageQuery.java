package io.dossier.core.query;

import java.time.Instant;
import java.util.List;

/**
 * Which public pages an API list shows and in what order, with WordPress's page parameters: only
 * the {@code include} ids or {@code slugs}, not the {@code exclude} ones; by any of {@code authors}
 * and none of {@code authorsExclude}; under any of {@code parents} (0: the top level) and none of
 * {@code parentsExclude}; published and changed strictly after or before the instants given; at
 * one {@code menuOrder}; with {@code search} in the title, excerpt or text. Sorted by
 * {@code orderBy}; {@code offset} items skipped instead of the pages before {@code page}.
 */
public record PageQuery(
        List<Long> include,
        List<Long> exclude,
        List<String> slugs,
        List<Long> authors,
        List<Long> authorsExclude,
        List<Long> parents,
        List<Long> parentsExclude,
        Instant after,
        Instant before,
        Instant modifiedAfter,
        Instant modifiedBefore,
        Integer menuOrder,
        String search,
        Order orderBy,
        boolean descending,
        Integer offset,
        int page,
        int perPage) {

    /** WordPress's orderby values for pages; {@code RELEVANCE} needs a search, as for posts. */
    public enum Order {
        AUTHOR,
        DATE,
        ID,
        INCLUDE,
        MODIFIED,
        PARENT,
        RELEVANCE,
        SLUG,
        INCLUDE_SLUGS,
        TITLE,
        MENU_ORDER
    }

    public PageQuery {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        slugs = List.copyOf(slugs);
        authors = List.copyOf(authors);
        authorsExclude = List.copyOf(authorsExclude);
        parents = List.copyOf(parents);
        parentsExclude = List.copyOf(parentsExclude);
        search = search == null || search.isBlank() ? null : search.strip();
        if (orderBy == Order.RELEVANCE && search == null) {
            throw new IllegalArgumentException("ordering by relevance needs a search");
        }
    }

    /** How many items come before the first one listed. */
    int skipped() {
        return offset != null ? Math.max(0, offset) : (page - 1) * perPage;
    }
}
