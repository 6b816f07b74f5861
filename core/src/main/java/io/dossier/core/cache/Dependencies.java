package io.dossier.core.cache;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the page being rendered on this thread depends on. The page cache opens a recording
 * around a request; the read queries name what they read ({@link CacheTags}). Outside a
 * recording (the admin, imports, a cache that is off) the calls cost a thread-local read.
 * A thread-local rather than a request-scoped bean: the queries also run where no request
 * context is active, and a render is synchronous on one thread.
 */
public final class Dependencies {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private Dependencies() {}

    /** Starts recording for the current thread; close it to stop. */
    public static Recording record() {
        Recording recording = new Recording(CURRENT.get());
        CURRENT.set(recording);
        return recording;
    }

    public static void on(String tag) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.tags.add(tag);
        }
    }

    public static void on(Collection<String> tags) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            recording.tags.addAll(tags);
        }
    }

    /** The page shows these posts (cards, links, a permalink). */
    public static void posts(Collection<Long> ids) {
        Recording recording = CURRENT.get();
        if (recording != null) {
            ids.forEach(id -> recording.tags.add(CacheTags.post(id)));
        }
    }

    /** One render's dependencies. */
    public static final class Recording implements AutoCloseable {

        private final Recording outer;
        private final Set<String> tags = new HashSet<>();

        private Recording(Recording outer) {
            this.outer = outer;
        }

        public Set<String> tags() {
            return Set.copyOf(tags);
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                outer.tags.addAll(tags);
                CURRENT.set(outer);
            }
        }
    }
}
