package io.dossier.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dossier.core.query.PostFilter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostMembershipTest {

    private static final Instant MAY_2016 = Instant.parse("2016-05-24T12:00:00Z");
    private final PostMembership post =
            new PostMembership(7, MAY_2016, 3, new long[] {10}, new long[] {20, 21}, new long[] {30});

    @Test
    void aPostIsInTheStreamItsYearAuthorTermsAndPeople() {
        assertEquals(
                Set.of(
                        "list:all",
                        "list:year:2016",
                        "list:author:3",
                        "list:category:10",
                        "list:tag:20",
                        "list:tag:21",
                        "list:person:30"),
                post.lists());
    }

    @Test
    void appearingOrDisappearingChangesEveryListItIsIn() {
        Set<String> published = PostMembership.changedLists(null, post);
        assertTrue(published.containsAll(post.lists()));
        assertTrue(published.contains(CacheTags.TERM_COUNTS));
        assertEquals(published, PostMembership.changedLists(post, null));
        assertEquals(Set.of(), PostMembership.changedLists(null, null), "a draft edited: no list changes");
    }

    @Test
    void anEditThatKeepsItsListsChangesNone() {
        PostMembership same = new PostMembership(7, MAY_2016, 3, new long[] {10}, new long[] {21, 20}, new long[] {30});
        assertEquals(Set.of(), PostMembership.changedLists(post, same));
    }

    @Test
    void reTaggingChangesOnlyTheTagsLeftAndJoined() {
        PostMembership retagged =
                new PostMembership(7, MAY_2016, 3, new long[] {10}, new long[] {21, 22}, new long[] {30});
        assertEquals(
                Set.of("list:tag:20", "list:tag:22", CacheTags.TERM_COUNTS),
                PostMembership.changedLists(post, retagged));
    }

    @Test
    void movingInTimeChangesEveryListItIsInOrder() {
        PostMembership moved = new PostMembership(
                7, Instant.parse("2017-01-02T00:00:00Z"), 3, new long[] {10}, new long[] {20, 21}, new long[] {30});
        Set<String> changed = PostMembership.changedLists(post, moved);
        assertTrue(changed.containsAll(post.lists()) && changed.contains("list:year:2017"));
    }

    @Test
    void listsNameWhatTheyShow() {
        assertEquals(List.of(CacheTags.STREAM), new PostFilter.All().cacheTags());
        assertEquals(List.of("list:tag:5"), new PostFilter.WithTag(5).cacheTags());
        assertEquals(List.of(CacheTags.SEARCH), new PostFilter.Matching("lobby").cacheTags());
        assertEquals(
                List.of("list:year:2015", "list:year:2016"),
                new PostFilter.PublishedBetween(
                                Instant.parse("2015-12-31T23:00:00Z"), Instant.parse("2016-01-31T23:00:00Z"))
                        .cacheTags(),
                "a month across a year's end in UTC");
        assertEquals(
                List.of(CacheTags.STREAM),
                new PostFilter.PublishedBetween(Instant.EPOCH, MAY_2016).cacheTags(),
                "a range of many years is the whole stream");
    }
}
