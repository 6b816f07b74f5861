package io.dossier.core.event;

import java.util.Set;

/**
 * The content changes of one transaction, fired once it has committed: for those that keep
 * something derived from the content (the search index, the page cache) and would rather read
 * the new state once per transaction than once per change.
 */
public record ContentCommitted(Set<ContentChanged> changes) {
}
