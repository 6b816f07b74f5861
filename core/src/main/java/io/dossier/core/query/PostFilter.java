package io.dossier.core.query;

import java.time.Instant;
import java.util.Set;

/** Which public posts a list shows. */
public sealed interface PostFilter {

    /** Every public post: the front page. */
    record All() implements PostFilter {
    }

    /** Posts filed under any of these categories (a category and its descendants). */
    record InCategories(Set<Long> categoryIds) implements PostFilter {
    }

    record WithTag(long tagId) implements PostFilter {
    }

    /** Posts by a user account (WordPress's author archive). */
    record ByAuthor(long accountId) implements PostFilter {
    }

    /** Posts that credit a person or organisation or carry a tag that stands for them. */
    record AboutPerson(long personId) implements PostFilter {
    }

    /** Posts published in [from, until): the date archives. */
    record PublishedBetween(Instant from, Instant until) implements PostFilter {
    }

    /** Posts whose title or text contains the words. */
    record Matching(String terms) implements PostFilter {
    }
}
