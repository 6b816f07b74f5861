package io.dossier.core.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which public posts an API list shows and in what order, with WordPress's post parameters: only
 * the {@code include} ids or {@code slugs}, not the {@code exclude} ones; by any of {@code authors}
 * and none of {@code authorsExclude}; in any of {@code categories} / {@code tags} and none of the
 * excluded ones (every given kind must match, WordPress's {@code tax_relation} AND); published
 * strictly {@code after} / {@code before}, changed strictly {@code modifiedAfter} /
 * {@code modifiedBefore}; {@code sticky} or not (null: either); with {@code search} in the title,
 * excerpt or text. Sorted by {@code orderBy}; {@code offset} items skipped instead of the pages before
 * {@code page}. Empty lists and nulls do not narrow anything.
 */
public record PostQuery(
        List<Long> include,
        List<Long> exclude,
        List<String> slugs,
        List<Long> authors,
        List<Long> authorsExclude,
        List<Long> categories,
        List<Long> categoriesExclude,
        List<Long> tags,
        List<Long> tagsExclude,
        Instant after,
        Instant before,
        Instant modifiedAfter,
        Instant modifiedBefore,
        Boolean sticky,
        String search,
        Order orderBy,
        boolean descending,
        Integer offset,
        int page,
        int perPage) {

    /**
     * WordPress's orderby values for posts. {@code RELEVANCE} needs a search: posts whose title
     * matches come first, then the others, each newest first, as WordPress ranks a search.
     */
    public enum Order {
        AUTHOR,
        DATE,
        ID,
        INCLUDE,
        MODIFIED,
        RELEVANCE,
        SLUG,
        INCLUDE_SLUGS,
        TITLE
    }

    public PostQuery {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        slugs = List.copyOf(slugs);
        authors = List.copyOf(authors);
        authorsExclude = List.copyOf(authorsExclude);
        categories = List.copyOf(categories);
        categoriesExclude = List.copyOf(categoriesExclude);
        tags = List.copyOf(tags);
        tagsExclude = List.copyOf(tagsExclude);
        search = search == null || search.isBlank() ? null : search.strip();
        if (orderBy == Order.RELEVANCE && search == null) {
            throw new IllegalArgumentException("ordering by relevance needs a search");
        }
    }

    /** Every public post, newest first, one page of them. */
    public static PostQuery newest(int page, int perPage) {
        return new PostQuery(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                Order.DATE,
                true,
                null,
                page,
                perPage);
    }

    /**
     * The site's own list filter this query amounts to, when it is one: newest first, by page, at
     * most one kind of category, tag or author filter and nothing else. Those lists are the ones
     * the site's pages show, memoised and cheap; anything else is a query of its own.
     */
    public Optional<PostFilter> asListFilter() {
        boolean plain = include.isEmpty()
                && exclude.isEmpty()
                && slugs.isEmpty()
                && authorsExclude.isEmpty()
                && categoriesExclude.isEmpty()
                && tagsExclude.isEmpty()
                && after == null
                && before == null
                && modifiedAfter == null
                && modifiedBefore == null
                && sticky == null
                && search == null
                && orderBy == Order.DATE
                && descending
                && offset == null;
        int kinds = (categories.isEmpty() ? 0 : 1) + (tags.isEmpty() ? 0 : 1) + (authors.isEmpty() ? 0 : 1);
        if (!plain || kinds > 1 || tags.size() > 1 || authors.size() > 1) {
            return Optional.empty();
        }
        if (!categories.isEmpty()) {
            return Optional.of(new PostFilter.InCategories(Set.copyOf(categories)));
        }
        if (!tags.isEmpty()) {
            return Optional.of(new PostFilter.WithTag(tags.getFirst()));
        }
        if (!authors.isEmpty()) {
            return Optional.of(new PostFilter.ByAuthor(authors.getFirst()));
        }
        return Optional.of(new PostFilter.All());
    }

    /** How many items come before the first one listed. */
    int skipped() {
        return offset != null ? Math.max(0, offset) : (page - 1) * perPage;
    }
}
