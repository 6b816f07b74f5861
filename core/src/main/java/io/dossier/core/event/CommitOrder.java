package io.dossier.core.event;

/**
 * The order in which {@link ContentCommitted} observers run ({@code @Priority}, lowest first).
 * Each store is brought up to date before those that read it: a page rendered right after the
 * page cache's eviction finds the new plugins, answers and index, and the hub is told about a
 * feed only when the feed is fresh.
 */
public final class CommitOrder {

    /** The plugin registry drops its catalog and the failures it remembered. */
    public static final int PLUGINS = 100;
    /** Memoized answers: the site frame (settings, categories, menus) and the list memo. */
    public static final int MEMOS = 200;
    /** The search index. */
    public static final int SEARCH = 300;
    /** The page cache: evicts what the change made stale. */
    public static final int PAGE_CACHE = 400;
    /** Telling the outside world (the WebSub ping). */
    public static final int NOTIFY = 500;

    private CommitOrder() {}
}
