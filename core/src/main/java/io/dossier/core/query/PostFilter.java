package io.dossier.core.query;

import io.dossier.core.cache.CacheTags;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which public posts a list shows. */
public sealed interface PostFilter {

    /** The cache tags of the lists a page showing this filter's posts depends on. */
    default List<String> cacheTags() {
        return switch (this) {
            case All all -> List.of(CacheTags.STREAM);
            case InCategories in ->
                in.categoryIds().stream().map(CacheTags::category).toList();
            case WithTag tag -> List.of(CacheTags.tag(tag.tagId()));
            case ByAuthor by -> List.of(CacheTags.author(by.accountId()));
            case AboutPerson about -> List.of(CacheTags.person(about.personId()));
            case PublishedBetween between -> years(between.from(), between.until());
            case Matching matching -> List.of(CacheTags.SEARCH);
        };
    }

    private static List<String> years(Instant from, Instant until) {
        int first = from.atOffset(ZoneOffset.UTC).getYear();
        int last = until.minusNanos(1).atOffset(ZoneOffset.UTC).getYear();
        if (last < first || last - first >= 3) { // a range of many years: as good as the whole stream
            return List.of(CacheTags.STREAM);
        }
        List<String> names = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            names.add(CacheTags.year(y));
        }
        return names;
    }

    /** Every public post: the front page. */
    record All() implements PostFilter {}

    /** Posts filed under any of these categories (a category and its descendants). */
    record InCategories(Set<Long> categoryIds) implements PostFilter {}

    record WithTag(long tagId) implements PostFilter {}

    /** Posts by a user account (WordPress's author archive). */
    record ByAuthor(long accountId) implements PostFilter {}

    /** Posts that credit a person or organisation or carry a tag that stands for them. */
    record AboutPerson(long personId) implements PostFilter {}

    /** Posts published in [from, until): the date archives. */
    record PublishedBetween(Instant from, Instant until) implements PostFilter {}

    /** Posts whose title or text contains the words. */
    record Matching(String terms) implements PostFilter {}
}
