package io.dossier.core.query;

import io.dossier.core.cache.Dependencies;
import io.dossier.core.cache.MembershipQueries;
import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentCommitted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers that pages ask for again and again and only a content change alters: list totals (a
 * count of every public post in a list reads the whole list, however small the page), the newest
 * headlines of the sidebar, a post's people and related posts, the page tree of the menus. Dropped after any content change commits, and when the next
 * scheduled post's time comes; an answer loaded while a change committed is not kept.
 */
@ApplicationScoped
public class ListMemo {

    private static final int MAX_ANSWERS = 10_000;

    private final Map<Object, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Epoch ms after which the answers are stale (a scheduled post appears); MIN_VALUE: not known. */
    private volatile long validUntil = Long.MIN_VALUE;

    private MembershipQueries posts;

    protected ListMemo() {}

    @Inject
    public ListMemo(MembershipQueries posts) {
        this.posts = posts;
    }

    /**
     * The answer for {@code key}, loaded by {@code load} when not held. What the load named for the
     * page cache ({@link Dependencies}) is kept with the answer and named again on every use.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        long now = System.currentTimeMillis();
        if (now >= validUntil) {
            clear();
            validUntil = posts.nextAppearance(Instant.ofEpochMilli(now))
                    .map(Instant::toEpochMilli)
                    .orElse(Long.MAX_VALUE);
        }
        Answer held = answers.get(key);
        if (held != null) {
            Dependencies.on(held.tags());
            return (T) held.value();
        }
        long before = generation.get();
        T loaded;
        Set<String> tags;
        try (Dependencies.Recording recording = Dependencies.record()) {
            loaded = load.get();
            tags = recording.tags();
        }
        if (generation.get() == before) {
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear(); // a crawler walking every post: start over rather than grow
            }
            answers.put(key, new Answer(loaded, tags));
        }
        return loaded;
    }

    /** Whether {@link #get} would answer {@code key} without loading it. */
    public boolean holds(Object key) {
        return System.currentTimeMillis() < validUntil && answers.containsKey(key);
    }

    private record Answer(Object value, Set<String> tags) {}

    public void clear() {
        generation.incrementAndGet();
        answers.clear();
    }

    /** Any commit: content, settings (the zone moves dates and addresses) or plugins (related posts come from them). */
    void onCommitted(@Observes @Priority(CommitOrder.MEMOS) ContentCommitted committed) {
        clear();
        if (!committed.changes().isEmpty()) {
            validUntil = Long.MIN_VALUE; // the change may have scheduled a post
        }
    }
}
