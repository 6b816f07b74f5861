package io.dossier.core.event;

import java.util.Set;

/**
 * What one transaction changed, fired once it has committed: the content changes (each once,
 * however often the transaction fired it), and whether site settings or menus, or plugin and
 * widget settings changed. Everything that keeps something derived (memos, the search index, the
 * page cache, the WebSub ping) observes this, at its place in {@link CommitOrder}.
 */
public record ContentCommitted(Set<ContentChanged> changes, boolean settingsChanged, boolean extensionsChanged) {

    /** Whether anything but content changed: then every derived answer may be stale. */
    public boolean everythingStale() {
        return settingsChanged || extensionsChanged;
    }
}
