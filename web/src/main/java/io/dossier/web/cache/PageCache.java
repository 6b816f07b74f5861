package io.dossier.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full-page cache: anonymous GET responses by address, indexed by what they depend on so an
 * edit evicts exactly the pages that show it. Reads take no lock; stores and evictions take one,
 * and a store is refused when an eviction happened while the page rendered (it may have read
 * what the eviction was about), so a page is never stored stale. Memory is bounded: past the
 * budget the least recently served quarter goes.
 */
@ApplicationScoped
public class PageCache {

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final Map<String, Long> lastServed = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private long bytes;
    private boolean enabled;
    private long budget;

    protected PageCache() {}

    @Inject
    public PageCache(
            @ConfigProperty(name = "DOSSIER_PAGE_CACHE", defaultValue = "on") String mode,
            @ConfigProperty(name = "DOSSIER_PAGE_CACHE_MB", defaultValue = "64") long megabytes,
            @ConfigProperty(name = "DOSSIER_IMPORT") Optional<String> importing,
            @ConfigProperty(name = "DOSSIER_EXPORT") Optional<String> exporting,
            @ConfigProperty(name = "DOSSIER_REINDEX") Optional<String> reindexing) {
        // A bin/dossier import, export or reindex serves no readers: no cache to keep.
        this.enabled = !mode.strip().equalsIgnoreCase("off")
                && importing.isEmpty()
                && exporting.isEmpty()
                && reindexing.isEmpty();
        this.budget = megabytes * 1024 * 1024;
    }

    public boolean enabled() {
        return enabled;
    }

    CachedPage get(String key) {
        CachedPage page = pages.get(key);
        if (page != null) {
            lastServed.put(key, System.nanoTime());
        }
        return page;
    }

    /** A mark to pass to {@link #put}: evictions so far. */
    long mark() {
        return evictions.get();
    }

    /** Stores {@code page} unless something was evicted since {@code mark}; whether it was stored. */
    synchronized boolean put(CachedPage page, long mark) {
        if (evictions.get() != mark) {
            return false;
        }
        remove(page.key());
        pages.put(page.key(), page);
        lastServed.put(page.key(), System.nanoTime());
        page.tags()
                .forEach(tag -> keysByTag
                        .computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet())
                        .add(page.key()));
        bytes += page.size();
        if (bytes > budget) {
            shrink();
        }
        return true;
    }

    /** Evicts every page that depends on any of {@code tags}; returns how many went. */
    public synchronized int evict(Collection<String> tags) {
        evictions.incrementAndGet();
        int count = 0;
        for (String tag : tags) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                for (String key : keys) {
                    count += remove(key) ? 1 : 0;
                }
            }
        }
        return count;
    }

    /** Empties the cache: for changes every page shows (settings, menus, plugins, the page tree). */
    public synchronized void clear() {
        evictions.incrementAndGet();
        pages.clear();
        lastServed.clear();
        keysByTag.clear();
        bytes = 0;
    }

    public int size() {
        return pages.size();
    }

    private boolean remove(String key) {
        CachedPage old = pages.remove(key);
        lastServed.remove(key);
        if (old == null) {
            return false;
        }
        bytes -= old.size();
        for (String tag : old.tags()) {
            Set<String> keys = keysByTag.get(tag);
            if (keys != null) {
                keys.remove(key);
                if (keys.isEmpty()) {
                    keysByTag.remove(tag);
                }
            }
        }
        return true;
    }

    private void shrink() {
        List<Map.Entry<String, Long>> byAge = new ArrayList<>(lastServed.entrySet());
        byAge.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
        for (int i = 0; i < Math.max(1, byAge.size() / 4); i++) {
            remove(byAge.get(i).getKey());
        }
    }
}
