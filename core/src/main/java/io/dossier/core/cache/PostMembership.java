package io.dossier.core.cache;

import io.dossier.core.vocabulary.ContentKind;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Which lists a public post is in: by date, author, categories, tags and the people it is about
 * (credited, or named by one of its tags). Kept compact: the page cache holds one per public post.
 */
public record PostMembership(
        long id, Instant publishedAt, long authorId, long[] categories, long[] tags, long[] people) {

    /** The list names of every list this post is in. */
    public Set<String> lists() {
        Set<String> names = new HashSet<>();
        names.add(CacheTags.STREAM);
        names.add(CacheTags.year(publishedAt));
        names.add(CacheTags.author(authorId));
        for (long c : categories) {
            names.add(CacheTags.category(c));
        }
        for (long t : tags) {
            names.add(CacheTags.tag(t));
        }
        for (long p : people) {
            names.add(CacheTags.person(p));
        }
        return names;
    }

    /**
     * The list names whose pages change when a post goes from {@code before} to {@code after}
     * (either null when the post is not public): every list it is or was in when it appears,
     * disappears or moves in time; otherwise only the lists it joined or left.
     */
    public static Set<String> changedLists(PostMembership before, PostMembership after) {
        if (before == null && after == null) {
            return Set.of();
        }
        Set<String> changed = new HashSet<>();
        if (before == null || after == null || !before.publishedAt.equals(after.publishedAt)) {
            if (before != null) {
                changed.addAll(before.lists());
            }
            if (after != null) {
                changed.addAll(after.lists());
            }
            changed.add(CacheTags.TERM_COUNTS);
            return changed;
        }
        Set<String> was = before.lists();
        Set<String> is = after.lists();
        for (String name : was) {
            if (!is.contains(name)) {
                changed.add(name);
            }
        }
        for (String name : is) {
            if (!was.contains(name)) {
                changed.add(name);
            }
        }
        if (!changed.isEmpty()) {
            changed.add(CacheTags.TERM_COUNTS);
        }
        return changed;
    }

    /** Whether this post is in the list of category, tag, person or account {@code id}. */
    public boolean concerns(ContentKind kind, long id) {
        return switch (kind) {
            case CATEGORY -> contains(categories, id);
            case TAG -> contains(tags, id);
            case PERSON -> contains(people, id);
            case AUTHOR -> authorId == id;
            case POST, PAGE -> false;
        };
    }

    private static boolean contains(long[] ids, long id) {
        for (long each : ids) {
            if (each == id) {
                return true;
            }
        }
        return false;
    }
}
