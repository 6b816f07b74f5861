package io.dossier.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dossier.core.spi.PostLink;
import io.dossier.core.spi.Related;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedMergeTest {

    private static Related related(long id, double score, String... shared) {
        return new Related(
                new PostLink(id, "Post " + id, "/p" + id + "/", Instant.ofEpochSecond(id)), score, List.of(shared));
    }

    @Test
    void scoresOfOnePostAddUpAndReasonsAreJoined() {
        List<Related> merged = RelatedMerge.merge(
                List.of(
                        List.of(related(2, 3, "Jane Doe"), related(3, 4, "Sanctions", "Example Org")),
                        List.of(related(2, 2, "Same category", "Jane Doe"), related(1, 10, "itself"))),
                1,
                5);
        assertEquals(
                List.of(2L, 3L), merged.stream().map(r -> r.post().id()).toList(), "the post itself is never related");
        assertEquals(5.0, merged.getFirst().score());
        assertEquals(List.of("Jane Doe", "Same category"), merged.getFirst().shared());
    }

    @Test
    void tiesGoToTheNewerPostAndTheLimitHolds() {
        List<Related> merged =
                RelatedMerge.merge(List.of(List.of(related(5, 1, "a"), related(9, 1, "a"), related(7, 1, "a"))), 1, 2);
        assertEquals(List.of(9L, 7L), merged.stream().map(r -> r.post().id()).toList());
    }
}
