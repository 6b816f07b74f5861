package io.dossier.core.search;

import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentChanged;
import io.dossier.core.event.ContentCommitted;
import io.dossier.core.support.Transactions;
import io.dossier.core.vocabulary.ContentKind;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search index in step with the database: after each commit it re-reads the posts that
 * changed and updates or removes them (before the page cache evicts, so a search re-rendered after
 * the eviction already finds the change). {@link #rebuildIfIncomplete} at start and
 * {@link #rebuild} on {@code bin/dossier reindex} fill it from scratch.
 */
@ApplicationScoped
public class SearchSync {

    private static final Logger LOG = Logger.getLogger(SearchSync.class.getName());

    @Inject
    SearchIndex index;

    @Inject
    SearchDocuments documents;

    @Inject
    Transactions transactions;

    @Inject
    Event<SearchRebuilt> rebuilt;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** A rebuild finished: searches shown before it may have missed posts. */
    public record SearchRebuilt(long posts) {}

    /** At start, in the background: a missing or incomplete index is rebuilt while the site serves. */
    public void start() {
        executor.submit(() -> {
            try {
                rebuildIfIncomplete();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The search index could not be rebuilt; run bin/dossier reindex", e);
            }
        });
    }

    void onCommitted(@Observes @Priority(CommitOrder.SEARCH) ContentCommitted committed) {
        Set<Long> posts = new HashSet<>();
        Set<Long> tags = new HashSet<>();
        for (ContentChanged change : committed.changes()) {
            if (change.kind() == ContentKind.POST) {
                posts.add(change.id());
            } else if (change.kind() == ContentKind.TAG) {
                tags.add(change.id()); // it may stand for another person now: its posts' people change
            }
        }
        if (posts.isEmpty() && tags.isEmpty()) {
            return;
        }
        try {
            if (!tags.isEmpty()) {
                posts.addAll(transactions.inNewTransaction(() -> tags.stream()
                        .flatMap(t -> documents.withTag(t).stream())
                        .toList()));
            }
            List<IndexedPost> current = transactions.inNewTransaction(() -> documents.of(posts));
            Set<Long> removed = new HashSet<>(posts);
            current.forEach(p -> removed.remove(p.id()));
            index.update(current, removed);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "The search index missed a change to posts " + posts + "; run bin/dossier reindex",
                    e);
        }
    }

    /** Rebuilds the index when it does not hold as many posts as the database (a new site, a bulk load). */
    public void rebuildIfIncomplete() {
        long expected = transactions.inNewTransaction(documents::count);
        if (index.size() != expected) {
            LOG.info(() -> "Search index holds " + index.size() + " of " + expected + " posts: rebuilding");
            rebuild();
        }
    }

    /** Empties the index and adds every public post; returns how many. */
    public long rebuild() {
        long started = System.nanoTime();
        index.clear();
        long[] count = {0};
        transactions.inNewTransaction(() -> {
            documents.all(slice -> {
                index.update(slice, List.of());
                count[0] += slice.size();
            });
            return null;
        });
        LOG.info(() ->
                "Search index rebuilt: " + count[0] + " posts in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        rebuilt.fire(new SearchRebuilt(count[0]));
        return count[0];
    }
}
