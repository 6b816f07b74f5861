package io.dossier.web.cache;

import io.dossier.core.cache.CacheTags;
import io.dossier.core.cache.MembershipQueries;
import io.dossier.core.cache.PostMembership;
import io.dossier.core.event.CommitOrder;
import io.dossier.core.event.ContentChanged;
import io.dossier.core.event.ContentCommitted;
import io.dossier.core.search.SearchSync;
import io.dossier.core.support.Transactions;
import io.dossier.core.vocabulary.ContentKind;
import io.dossier.core.vocabulary.MenuItemKind;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the {@link PageCache} true. It knows which lists every public post is in (loaded once in
 * the background at start; the cache stores nothing until then), so when a transaction that
 * changed posts commits it compares each post's lists before and after and evicts the pages that
 * showed the post and those of every list it joined, left or moved in. Scheduled posts appear
 * without an edit: the first request after one's time evicts for it. Terms, people and authors
 * evict their lists and their posts; changes every page shows (settings, menus, the page tree,
 * plugins, a term named in a menu) empty the cache.
 */
@ApplicationScoped
public class PageCacheInvalidator {

    private static final Logger LOG = Logger.getLogger(PageCacheInvalidator.class.getName());

    @Inject
    PageCache cache;

    @Inject
    MembershipQueries queries;

    @Inject
    Transactions transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /** Public posts' lists by post id; null until loaded. Guarded by this. */
    private Map<Long, PostMembership> memberships;
    /** Posts changed while loading, read again once loaded. */
    private final Set<Long> changedWhileLoading = new HashSet<>();

    private volatile boolean ready;
    /** When the next scheduled post appears (epoch ms); Long.MAX_VALUE when none waits. */
    private volatile long nextAppearance = Long.MAX_VALUE;

    private Instant appearancesUpTo = Instant.now();

    /** Indexes the public posts in the background, once the database is migrated (see SiteStartup). */
    public void start() {
        if (cache.enabled()) {
            executor.submit(this::load);
        }
    }

    boolean ready() {
        return ready;
    }

    private void load() {
        try {
            Instant started = Instant.now();
            Map<Long, PostMembership> all = new HashMap<>();
            transactions.inNewTransaction(() -> {
                queries.all(m -> all.put(m.id(), m));
                return null;
            });
            Set<Long> again;
            synchronized (this) {
                memberships = all;
                appearancesUpTo = started;
                again = Set.copyOf(changedWhileLoading);
                changedWhileLoading.clear();
            }
            apply(again);
            scheduleNext();
            ready = true;
            LOG.info(() -> "Page cache ready: " + all.size() + " public posts indexed in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Page cache disabled: the post index did not load", e);
        }
    }

    /** Before serving from the cache: scheduled posts whose time has come are evicted for first. */
    void catchUp() {
        if (System.currentTimeMillis() >= nextAppearance) {
            synchronized (this) {
                if (System.currentTimeMillis() < nextAppearance) {
                    return;
                }
                Instant now = Instant.now();
                Instant from = appearancesUpTo;
                List<Long> appeared = transactions.inNewTransaction(() -> queries.appeared(from, now));
                appearancesUpTo = now;
                apply(new HashSet<>(appeared));
                scheduleNext();
            }
        }
    }

    /** After the memos and the search index, so a page rendered after the eviction finds the change. */
    void onCommitted(@Observes @Priority(CommitOrder.PAGE_CACHE) ContentCommitted committed) {
        if (committed.everythingStale()) {
            cache.clear(); // settings, menus, plugins or widgets: any page may show them
        } else if (cache.enabled()) {
            afterCommit(committed.changes());
        }
    }

    void onSearchRebuilt(@Observes SearchSync.SearchRebuilt rebuilt) {
        cache.evict(List.of(CacheTags.SEARCH));
    }

    private void afterCommit(Set<ContentChanged> changes) {
        try {
            Set<Long> posts = new HashSet<>();
            for (ContentChanged change : changes) {
                switch (change.kind()) {
                    case POST -> posts.add(change.id());
                    case PAGE, CATEGORY -> {
                        // The page tree and the category tree show on every page (menus, widgets), and
                        // a category's address includes its parents'.
                        cache.clear();
                        return;
                    }
                    case TAG, PERSON, AUTHOR -> {
                        if (!evictSubject(change.kind(), change.id())) {
                            return;
                        }
                    }
                }
            }
            if (!posts.isEmpty()) {
                apply(posts);
                scheduleNext();
            }
        } catch (RuntimeException e) {
            // A cache that cannot tell what changed must not keep anything it might have to forget.
            LOG.log(Level.WARNING, "Page cache emptied: could not work out what a change touched", e);
            cache.clear();
        }
    }

    /** Evicts for changed posts: what showed them, and the lists they joined, left or moved in. */
    private void apply(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (memberships == null) {
                changedWhileLoading.addAll(ids);
                return;
            }
        }
        Map<Long, PostMembership> now = transactions.inNewTransaction(() -> queries.of(ids));
        Set<String> tags = new HashSet<>(List.of(CacheTags.SEARCH, CacheTags.SITEMAP));
        synchronized (this) {
            for (Long id : ids) {
                PostMembership after = now.get(id);
                PostMembership before = after == null ? memberships.remove(id) : memberships.put(id, after);
                tags.add(CacheTags.post(id));
                tags.addAll(PostMembership.changedLists(before, after));
            }
        }
        cache.evict(tags);
    }

    /**
     * A tag, person or author changed: its list, its posts and the counts go, and its posts' lists
     * are read again (a tag linked to a person puts its posts in that person's list); false when
     * it emptied the cache.
     */
    private boolean evictSubject(ContentKind kind, long id) {
        MenuItemKind inMenus = switch (kind) {
            case TAG -> MenuItemKind.TAG;
            case PERSON -> MenuItemKind.PERSON;
            default -> null;
        };
        if (inMenus != null && transactions.inNewTransaction(() -> queries.inMenu(inMenus, id))) {
            cache.clear();
            return false;
        }
        Set<String> tags =
                new HashSet<>(List.of(CacheTags.TERM_COUNTS, CacheTags.SITEMAP, CacheTags.SEARCH, CacheTags.PEOPLE));
        tags.add(
                switch (kind) {
                    case TAG -> CacheTags.tag(id);
                    case PERSON -> CacheTags.person(id);
                    default -> CacheTags.author(id);
                });
        Set<Long> posts = new HashSet<>();
        synchronized (this) {
            if (memberships != null) {
                memberships.values().stream().filter(m -> m.concerns(kind, id)).forEach(m -> posts.add(m.id()));
            }
        }
        cache.evict(tags);
        apply(posts);
        return true;
    }

    private void scheduleNext() {
        nextAppearance = transactions
                .inNewTransaction(() -> queries.nextAppearance(Instant.now()))
                .map(Instant::toEpochMilli)
                .orElse(Long.MAX_VALUE);
    }
}
